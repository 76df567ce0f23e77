# tuples: packing, unpacking, immutability, methods, comparison, hashing.
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t))
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"))
a, b, c = t
print(a + b + c)
print(t + (4,), t * 2, 2 in t, t.count(2), t.index(3))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "tuple key"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
inner = [1]
tt = (inner,)
inner.append(2)
print(tt)
print(tuple(x * x for x in range(4)))
print(type(()).__name__, type((1,)).__name__)
try:
    t.index(10)
except ValueError as e:
    print("ValueError:", e)
