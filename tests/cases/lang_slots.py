class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
del p.x
p.x = 10
print(p.x)
print(P.__slots__)

class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.z)

class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z)
try:
    r.w = 1
except AttributeError as e:
    print(type(e).__name__, e)

class S:
    __slots__ = "only"
s = S()
s.only = 1
print(s.only)

class T:
    __slots__ = ("a", "__dict__")
t = T()
t.a = 1
t.b = 2
print(t.a, t.b)

class U:
    __slots__ = ()
try:
    U().x = 1
except AttributeError as e:
    print(type(e).__name__, e)


class W:
    __slots__ = ["m", "n"]
    def total(self):
        return self.m + self.n
w = W()
w.m, w.n = 3, 4
print(w.total())
