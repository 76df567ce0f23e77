import cyc_a
SAW = cyc_a.A
