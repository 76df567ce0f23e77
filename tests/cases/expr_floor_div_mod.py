# Floor division and modulo with negative operands (Python rounds toward -inf).
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 10, -1 % 10)
print(0 // -3, 0 % -3)
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(5 % 0.5, -5.5 % 2.0)
print(-3 % 5, 3 % -5)
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print(divmod(-(10 ** 20), 7))
print(round(-0.5), round(0.5), round(1.5), round(2.5))
print(-0.0 % 5, 0.0 // -1)
