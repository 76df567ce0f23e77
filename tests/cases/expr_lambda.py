# Lambdas: arguments, defaults, closures, immediately called.
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print(sorted(["bb", "a", "ccc"], key=lambda s: len(s)))
print(list(map(lambda x: x + 1, [1, 2, 3])))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
make = lambda n: lambda x: x * n
print(make(3)(4))
print(sq.__name__)
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
