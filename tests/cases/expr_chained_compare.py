# Comparison chains evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 1 < 2 > 3)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 in [1, 2] in [[1, 2]], x is not None is not False)
print("a" < "b" < "c", "abc" < "abd", "Z" < "a")
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), [] < [0])
print(2 < 3.5 <= 3.5)
