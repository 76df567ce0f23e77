# int.to_bytes/from_bytes in both byte orders and signednesses, bit_length, bit_count,
# and numeric literals with underscores.
for n in (0, 1, 255, 256, 65535, 2 ** 64 - 1, 2 ** 100 + 7):
    length = max(1, (n.bit_length() + 7) // 8)
    be = n.to_bytes(length, "big")
    le = n.to_bytes(length, "little")
    print(n, be.hex(), le.hex(), int.from_bytes(be, "big") == n, int.from_bytes(le, "little") == n)

for n in (-1, -128, 127, -129, -(2 ** 63), 2 ** 63 - 1):
    b = n.to_bytes(9, "big", signed=True)
    print(n, b.hex(), int.from_bytes(b, "big", signed=True), int.from_bytes(b, "big"))

print((1024).to_bytes(4, byteorder="little"), (5).to_bytes(), int.from_bytes(b"\x01\x00"), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(bytearray(b"\xff\xff"), "little", signed=True), int.from_bytes(b"", "big"), int.from_bytes(b"\x80", "big", signed=True))
print(int.from_bytes(memoryview(b"\x00\x10"), "big"), (0).to_bytes(0, "big"), (-1).to_bytes(1, "little", signed=True))

errors = [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(2, "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (-129).to_bytes(1, "big", signed=True),
    lambda: (1).to_bytes(2, "middle"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: int.from_bytes(b"\x00", "sideways"),
    lambda: int.from_bytes("ab", "big"),
    lambda: (1).to_bytes(0, "big"),
]
for fn in errors:
    try:
        print(fn())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

# bit_length and bit_count
for n in (0, 1, -1, 7, 8, -8, 255, -256, 2 ** 100, -(2 ** 100), 2 ** 100 - 1, 10 ** 50):
    print(n if abs(n) < 10 ** 6 else "big", n.bit_length(), n.bit_count(), bin(n).count("1") == n.bit_count())
print(True.bit_length(), False.bit_count(), (2 ** 64).bit_length() == len(bin(2 ** 64)) - 2)

# underscores in literals of every kind
print(1_000, 0x_FF_FF, 0o_7_7, 0b_1010_1010, 1_0.5_0, 1e1_0, 0_0, 1_2j, 100_000.000_1)
print(int("1_000"), float("1_000.5"), complex(1_0, 2), format(10 ** 12, "_"), format(0xABCDEF, "_x"))
for text in ("1__0", "1_", "_1", "0x_", "1_e5", "1._5"):
    try:
        eval(text)
        print(text, "ok")
    except (SyntaxError, NameError) as e:
        print(text, type(e).__name__, getattr(e, "msg", e))
for text in ("1__0", "1_", "1_.5", "1._5"):
    try:
        print(float(text))
    except ValueError as e:
        print(type(e).__name__, e)

# a checksum using from_bytes over chunks
data = bytes(range(1, 40))
total = 0
for i in range(0, len(data), 8):
    total = (total * 31 + int.from_bytes(data[i:i + 8], "little")) % (2 ** 61 - 1)
print(total, total.to_bytes(8, "big").hex(), total.bit_length())
