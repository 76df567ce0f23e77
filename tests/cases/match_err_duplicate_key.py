# Literal keys of a mapping pattern are checked for duplicates at compile time; 1 == 1.0.
match {1: "one"}:
    case {"a": _, 1: x, 1.0: y}:
        pass
