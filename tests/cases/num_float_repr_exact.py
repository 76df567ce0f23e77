# float repr/str, special values, is_integer, as_integer_ratio, and exact int/float comparison.
values = [0.0, -0.0, 1.0, 0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
          0.00001234, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 100.0, 1e22, 1e23,
          12345.678, -2.5, 3.0e-10, 9007199254740993.0, 0.3, 2.675, 1.1 * 3]
for v in values:
    print(repr(v), str(v), v.is_integer())

inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, repr(inf), float("-Infinity"), float(" nan "), float("INF"), float("-nan"))
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, inf > 10 ** 400, -inf < -(10 ** 400))
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], (nan,) == (nan,), nan in [nan])
print(inf == inf, inf.is_integer(), nan.is_integer(), max(1, inf), min(-inf, 0), abs(-inf), -(-inf))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** -1080, 5e-324 / 2)

for v in (0.5, 0.1, -2.75, 3.0, 1e20, 2 ** -30, 0.0, -0.0):
    print(v, v.as_integer_ratio())
for v in (inf, nan):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((7).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())

# exact comparisons between ints and floats
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == big, big + 1 > float(big + 1))
print(10 ** 400 > 1e308, 10 ** 400 < inf, -(10 ** 400) > -inf, 10 ** 400 == inf, 2 ** 1024 > 1.7976931348623157e308)
print(0.1 == 1 / 10, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1 == 1.0, -0.0 == 0, 0.5 == 1 / 2)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 < 9007199254740994.0, sorted([3, 2.5, 2 ** 60, 1e18, -1, -0.5]))
print(nan == 1, 1 < nan, (2 ** 63) == 9.223372036854776e18, 2 ** 63 + 1 == 9.223372036854776e18)

# float() conversions and their errors
print(float("1e3"), float("-.5"), float("5."), float("  3.25\n"), float(10 ** 20), float(True), float("1_0"))
for bad in ("", "abc", "1e", "1.2.3", "0x10", "in f", "--1"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)

# str() of floats in containers and f-strings use repr
print([0.1, 1e-7, 1e16], {1.5: 2.0}, f"{0.1 + 0.2}", f"{1e100!r}", "%r %s" % (1 / 3, 2 / 3))
print(int(1e16), int(-1e-5), round(1e16), 1e16 == 10 ** 16, float.fromhex if False else "")
