from bad_cycle_b import B
A = 1
