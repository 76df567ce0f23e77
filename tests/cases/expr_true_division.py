# True division always gives a float; big ints divide correctly rounded.
print(7 / 2, -7 / 2, 6 / 3, 0 / 5, -0 / 5, 1 / -4)
print(10 ** 20 / 10 ** 19, (2 ** 100 + 1) / 2 ** 100, 2 ** 1000 / 2 ** 999)
print(1 / 3 * 3, 2 / 3 + 1 / 3, 10 / 3)
print(type(4 / 2).__name__, 4 / 2 == 2)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, 10 ** 400 / 10 ** 399)
print(True / 2, 3 / True)
try:
    5 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
