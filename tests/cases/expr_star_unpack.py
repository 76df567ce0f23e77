# Star unpacking in assignments, calls and literals.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, (second, *rest) = 1, [2, 3, 4]
print(first, second, rest)
for head, *tail in [(1, 2, 3), (4,), (5, 6)]:
    print(head, tail)
print([*range(3), *"ab", *[9]])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]})
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), **{"x": 1}, y=2))
print(*[1, 2, 3], sep="-")
a, b = b, a = 1, 2
print(a, b)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
