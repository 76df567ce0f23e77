# int(s, base) with prefixes and underscores in every position, and int.__new__ corners.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


cases = [
    ('_10', 10), ('10_', 10), ('1_0', 10), ('1__0', 10), ('_1', 16), ('0_1', 10),
    ('0x_1f', 16), ('0x_1f', 0), ('0x__1f', 0), ('0x1f_', 0), ('0_x1f', 0), ('0x', 16),
    ('0b_1', 0), ('0b_1', 2), ('0b1', 16), ('0o_7', 8), ('0o7', 0), ('0O7', 0), ('0o8', 0),
    ('00', 0), ('0_0', 0), ('07', 0), ('0_7', 0), ('7', 0), ('-0x10', 0), ('+0b1', 0),
    ('- 1', 10), (' \t12\n', 10), ('1 2', 10), ('', 10), ('_', 10), ('z', 36), ('Z_z', 36),
    ('0x10', 36), ('0b10', 36), ('12', 3), ('3', 3), ('١٢', 10), ('0x١', 16),
]
for s, b in cases:
    print(repr(s), b, end=' -> ')
    show(lambda: int(s, b))
show(lambda: int('10', 1))
show(lambda: int('10', 37))
show(lambda: int('10', -1))
show(lambda: int(b'_1', 10))
show(lambda: int(b'0x_ff', 0))
show(lambda: int(bytearray(b' 1_2 '), 10))
show(lambda: int(10, 10))
show(lambda: int(base=10))
