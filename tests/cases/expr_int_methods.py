# Methods and attributes of int.
print((10).bit_length(), (-10).bit_length(), (255).bit_count(), (-1).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((7).as_integer_ratio(), (5).conjugate(), (6).numerator, (6).denominator)
print(int.__name__, (3).__index__(), [10, 20, 30][True])
print(isinstance(2 ** 100, int), type(2 ** 100).__name__, (2 ** 100).bit_length())
print(int("1" * 50) % 97, int("-" + "9" * 30) // 10 ** 29)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(max(2 ** 64, 2 ** 63 * 2 - 1), min(-(2 ** 64), 0), abs(-(2 ** 64)) == 2 ** 64)
print(sorted([2 ** 65, -3, 2 ** 64, 0, -(2 ** 70)]))
