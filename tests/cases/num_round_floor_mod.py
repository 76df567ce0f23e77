# round() with ndigits and banker's rounding; floor division and modulo signs for ints and
# floats; divmod; the ZeroDivisionError and OverflowError messages.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001):
    print(v, round(v), type(round(v)).__name__, round(v, 0), type(round(v, 0)).__name__)
for v, nd in ((2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1234.5678, -2), (1250.0, -2), (1350.0, -2),
              (-0.125, 2), (5e-324, 5), (1e300, -299), (123.456, 10), (0.0, 3), (-0.0, 1)):
    print(v, nd, round(v, nd))
for v, nd in ((125, -1), (135, -1), (-125, -1), (15, -1), (25, -1), (12345678901234567890, -5), (7, 2), (-7, -3), (5, -1), (-5, -1)):
    print(v, nd, round(v, nd), type(round(v, nd)).__name__)
print(round(True), round(False, 2), round(10 ** 30 + 5 * 10 ** 9, -10))
for bad in ((float("inf"),), (float("nan"),), (1.5, 1.5), ("1",)):
    try:
        print(round(*bad))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1), round(1e308, -308))

# floor division and modulo: the result of % has the sign of the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10 ** 20), (-1, 10 ** 20)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, -1), (-0.0, 1), (1e-300, 1e300), (5, 0.3), (-1e-20, 1.0)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(float("inf") // 1, float("inf") % 2, 5 % float("inf"), -5 % float("inf"), 5 // float("inf"), -5 // float("inf"))
print(divmod(-(10 ** 30), 7), divmod(10 ** 30, -7), (-(10 ** 30)) % 7, 10 ** 30 // -7)
print(7 // True, -7 % True, 3.0 // 2, type(3.0 // 2).__name__, 3 // 2, -3 // 2, -3 / 2)

# zero division messages for every operator and type
exprs = ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1.0 / 0", "1.0 // 0.0", "1.0 % 0", "divmod(1.0, 0.0)",
         "0 ** -1", "0.0 ** -1", "1j / 0", "(10 ** 30) / 0", "(10 ** 30) // 0", "True / False", "pow(0, -2)",
         "5 % False"]
for expr in exprs:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print("%-18s %s: %s" % (expr, type(e).__name__, e))

# overflow messages
exprs = ["2.0 ** 10000", "10.0 ** 400", "(10 ** 400) / 1", "1 / (10 ** 400) if False else float(10 ** 400)",
         "(10 ** 400) * 1.0", "int(float('inf'))", "(2 ** 2000) / (3 ** 10)", "1e308 + 10 ** 400",
         "(-10.0) ** 400.5"]
for expr in exprs:
    try:
        print(expr, "=", eval(expr))
    except (OverflowError, ValueError) as e:
        print("%-18s %s: %s" % (expr, type(e).__name__, e))
print((10 ** 400) // (10 ** 399), (10 ** 400) / (10 ** 399), 2 ** 1100 / 2 ** 1000, (-8) ** (1 / 3))
print(1e308 * 10, float("1e400"), -1e308 - 1e308, 10 ** 400 > 1e308)
