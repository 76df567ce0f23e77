import functools
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v)
        return NotImplemented
print(C(1) == C(2))
print(C(1) != C(1))
c = C(3)
print(c == c)

class L:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o))
        return self.v < o.v if isinstance(o, L) else NotImplemented
    def __gt__(self, o):
        print("gt", self.v, getattr(o, "v", o))
        return NotImplemented
print(L(1) < L(2))
print(L(1) > L(2))
try:
    L(1) <= L(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    L(1) < 5
except TypeError as e:
    print(type(e).__name__, e)

for a, b in ((1, "a"), ([1], (1,)), ({}, {}), (1j, 2j), ({1}, [1])):
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1} > set())

@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(1), T(2) >= T(3), T(2) > T(1))
print(sorted([T(3), T(1), T(2)], key=lambda t: t.v)[0].v)
print(max(T(3), T(9)).v)

class Sub(L):
    def __gt__(self, o):
        print("Sub.gt")
        return True
print(L(1) < Sub(2))
print(1 == 1.0, 1 == True, "1" == 1, [1, 2] == [1, 2.0], (1,) == [1])
print(float("nan") == float("nan"))
n = float("nan")
print(n in [n])
