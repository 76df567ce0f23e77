PIECE = "piece-from-namespace"
