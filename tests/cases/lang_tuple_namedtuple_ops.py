t = (3, 1, 4, 1, 5)
print(t.count(1), t.index(4), t.index(1, 2), len(t), t[1:4], t[::-1], 4 in t, t + (9,), t * 2, sorted(t), min(t), max(t))
print(tuple(), tuple("ab"), tuple([1]), (1,) == (1,), (1, 2) < (1, 3), hash((1, "a")) == hash((1, "a")), () == tuple())
single = 1,
print(single, type(single).__name__, (1), ((1,),), len(((),)))
a, b, c = (1, 2, 3)
print(a + b + c, tuple(x * 2 for x in t))
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    tuple(5)
except TypeError as e:
    print(type(e).__name__, e)
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._fields, P._make([5, 6]), tuple(p), p == (1, 2))
Q = namedtuple("Q", ["a", "b"], defaults=[0])
print(Q(1), Q(1, 2), Q._field_defaults)
try:
    P(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
x, y = p
print(x, y, type(p).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], [i for sub in nested for i in (sub if isinstance(sub[1], int) else (sub[0],) + sub[1])])
print(repr((1, "a", None, (2,))), str(("x",)))
