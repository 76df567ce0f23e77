for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b))
big = 10**25 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -3, big % -3, divmod(-big, 7))
print(7.5 // 2, -7.5 // 2, 7.5 % -2, divmod(1, 0.3), divmod(-1, 0.3))
print(-0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"))
for op in ("1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "0 / 0", "big // 0"):
    try:
        eval(op)
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
print(True // 2, True % 2, divmod(True, True), 7 // True)
print(-(2**63) // -1, (2**63) % (2**62 + 1), -1 // (2**100), -1 % (2**100))
