# int() from strings in every base, with prefixes, underscores, whitespace and signs.
cases = [
    ("42", 10), ("-42", 10), ("  +7  ", 10), ("1_000_000", 10), ("0", 10), ("-0", 10), ("007", 10),
    ("ff", 16), ("FF", 16), ("0xff", 16), ("-0XfF", 16), ("0x_ff", 16), ("777", 8), ("0o777", 8),
    ("101", 2), ("0b101", 2), ("-0B1_0_1", 2), ("z", 36), ("ZZ", 36), ("hello", 36), ("10", 3),
    ("0x1f", 0), ("0o17", 0), ("0b11", 0), ("123", 0), ("1_2_3", 0), ("0", 0), ("00", 0), ("-0x10", 0),
    ("\t\n 99 \r\n", 10), ("١٢٣", 10), ("12", 5),
]
for s, base in cases:
    print(repr(s), base, int(s, base))

bad = [
    ("", 10), ("  ", 10), ("1_", 10), ("_1", 10), ("1__0", 10), ("12a", 10), ("0x", 16), ("9", 8),
    ("2", 2), ("010", 0), ("0b102", 0), ("1.5", 10), ("--1", 10), ("+-1", 10), ("0x10", 10), ("1 2", 10),
    ("z", 35), ("08", 0),
]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)

for base in (1, 37, -1, 100):
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
for args in ((5, 10), (1.5, 2), (b"12", 10)):
    try:
        print(int(*args))
    except TypeError as e:
        print(type(e).__name__, e)

# bytes and bytearray inputs
print(int(b"  12  "), int(bytearray(b"-3")), int(b"ff", 16), int(b"0b11", 0))

# a very long digit string
long_digits = "9" * 300
n = int(long_digits)
print(n == 10 ** 300 - 1, len(str(n)), int("1" + "0" * 200, 2) == 2 ** 200)
print(int("z" * 40, 36) == 36 ** 40 - 1)

# round trip through every base with a small encoder
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
value = -(3 ** 70)
print(all(int(to_base(value, b), b) == value for b in range(2, 37)), to_base(value, 36), to_base(255, 2))
print(bin(value)[:10], format(value, "o")[:10], int(format(value, "x"), 16) == value)

# int() from floats and other numbers
print(int(3.99), int(-3.99), int(1e20), int(True), int(-0.0), int("  -0  "))
for v in (float("inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int(), int(" 1_0 "), int("+0_0"))
