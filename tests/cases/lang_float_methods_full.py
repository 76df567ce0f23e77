print((1.0).is_integer(), (1.5).is_integer(), float("inf").is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.0).as_integer_ratio())
for v in (float("inf"), float("nan")):
    try:
        v.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(1.7976931348623157e308, 2.2250738585072014e-308, 5e-324, 1e16, 1e15, 123456789012345678.0, 0.0001, 0.00001)
print(1e22, 1e-7, -1e-5, 1.5e300 * 1e10, -1e308 * 10, 1e-320 / 1e10)
print(repr(0.1 + 0.2), str(1/3), 2.0 ** 0.5, 100.0, 1e100)
print(float("1e500"), float("-1e500"), float("  3.5 "), float("1_0.5"), float("+.5"), float("-5."), float("InF"), float("nAn"))
for s in ("1e", "abc", "", "1_", "0x10", "1.5.5"):
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.__name__)
print(int(1e20), int(-1.5e10), float(2**53 + 1), float(10**20))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** 0.5
except Exception as e:
    print(type(e).__name__, e)
print((-8.0) ** 0.5 if False else "complex skip")
print(1.0 // 0.3, 1.0 % 0.3, -1.0 % 0.3, divmod(7.5, 2), divmod(-7.5, 2))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(round(0.5), round(1.5), round(-1.5), round(2.5, 0), round(1e300), round(0.1234567, 4))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
