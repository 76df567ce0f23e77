print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, byteorder="big"))
print((1).to_bytes(), (2**64).to_bytes(9, "big"))
for args in ((256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True)):
    try:
        args[0].to_bytes(args[1], args[2], signed=args[3])
    except OverflowError as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"), int.from_bytes([1, 2], "big"))
print(int.from_bytes(b"\x01" * 10, "little"), int.from_bytes(b"\x80"))
for v in (0, 1, -1, 255, 256, -256, 2**100, -(2**100) + 1):
    print(v.bit_length(), v.bit_count(), end="; ")
print()
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97), pow(2, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, -2), pow(-8, 1/3).real > 0, 0 ** 0, pow(0, 0))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(1 << 100, -1 << 3, 5 >> 1, -5 >> 1, -1 >> 100, 2**70 >> 69, 0 << 1000)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("  -12  "), int("1_000"), int("+7"))
print(int("10", 2), int("Zz", 36), int(b"42"), int(bytearray(b"12"), 8), int("0", 0))
for s, b in (("12", 1), ("12", 37), ("0x", 16), ("1__0", 10), ("08", 0), ("", 10), ("2", 2), ("0b2", 0), ("1.5", 10), (" ", 10)):
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
print(int(3.9), int(-3.9), int(True), int("٣"))
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print((7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator, (6).as_integer_ratio())
print(int.__name__, (3).__index__(), True.bit_length(), (-7).__abs__())
