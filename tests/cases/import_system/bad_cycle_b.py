from bad_cycle_a import A
B = 2
