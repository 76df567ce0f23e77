# Operator precedence and associativity.
print(2 + 3 * 4 ** 2, (2 + 3) * 4 ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-3 ** 2, (-3) ** 2, 2 ** -1, -2 ** -2)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 5 ^ 1 & 3)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 < 2 and 2 < 3 or False, True or False and False, (True or False) and False)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4))
print(7 // 2 * 2, -7 // 2, -(7 // 2), ~1 + 1, -~1)
print("a" + "b" * 3, ("a" + "b") * 3)
print([1, 2] + [3] * 2, 1 if 0 else 2 if 0 else 3)
x = 5
print(x > 3 == True, (x > 3) == True)
