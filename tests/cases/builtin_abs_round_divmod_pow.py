# abs, round, divmod, pow.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(2 ** 70)))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(3.14159, 3), round(2.0), round(7), round(7, 2), round(1e20))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 65, 3))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 2), pow(2, 10, 1000), pow(3, -1, 7))
print(pow(0, 0), 0 ** 0, 0.0 ** 0, pow(-1, 0.5) == (-1) ** 0.5)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
