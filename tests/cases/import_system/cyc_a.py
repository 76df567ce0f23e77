A = "a-value"
import cyc_b
b_saw = cyc_b.SAW
