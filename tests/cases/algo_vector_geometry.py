# 2-D/3-D vector geometry with a Vector class implementing the numeric protocol (+ - * / @,
# unary ops, abs, bool, round, comparisons by length), __format__ with per-component specs,
# __iter__/__len__/__getitem__, hashing, and geometry algorithms (convex hull, polygon area,
# segment intersection, point-in-polygon).
class Vector:
    __match_args__ = ("x", "y")
    def __init__(self, *components):
        self.c = tuple(components)
    x = property(lambda self: self.c[0])
    y = property(lambda self: self.c[1])
    def __len__(self): return len(self.c)
    def __iter__(self): return iter(self.c)
    def __getitem__(self, i): return self.c[i]
    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError("dimension mismatch: %d vs %d" % (len(self), len(other)))
        return True
    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self, o))) if self._check(o) else NotImplemented
    def __sub__(self, o):
        return Vector(*(a - b for a, b in zip(self, o))) if self._check(o) else NotImplemented
    def __mul__(self, k):
        return Vector(*(a * k for a in self)) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(*(a / k for a in self)) if isinstance(k, (int, float)) else NotImplemented
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self, o)) if self._check(o) else NotImplemented
    def __neg__(self): return Vector(*(-a for a in self))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self) ** 0.5
    def __bool__(self): return any(self.c)
    def __round__(self, n=None): return Vector(*(round(a, n) for a in self))
    def __eq__(self, o): return isinstance(o, Vector) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __lt__(self, o): return abs(self) < abs(o)
    def __le__(self, o): return abs(self) <= abs(o)
    def cross(self, o):
        if len(self) == 2:
            return self.x * o.y - self.y * o.x
        a1, a2, a3 = self
        b1, b2, b3 = o
        return Vector(a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1)
    def __repr__(self):
        return "Vector%r" % (self.c,)
    def __format__(self, spec):
        inner = ", ".join(format(a, spec) for a in self)
        return "<" + inner + ">"

def hull(points):
    pts = sorted(set(points), key=lambda p: p.c)
    if len(pts) < 3:
        return pts
    def half(seq):
        out = []
        for p in seq:
            while len(out) >= 2 and (out[-1] - out[-2]).cross(p - out[-2]) <= 0:
                out.pop()
            out.append(p)
        return out
    lower, upper = half(pts), half(reversed(pts))
    return lower[:-1] + upper[:-1]

def area(poly):
    return abs(sum(poly[i].cross(poly[(i + 1) % len(poly)]) for i in range(len(poly)))) / 2

def intersect(p1, p2, q1, q2):
    r, s = p2 - p1, q2 - q1
    denom = r.cross(s)
    if denom == 0:
        return None
    t = (q1 - p1).cross(s) / denom
    u = (q1 - p1).cross(r) / denom
    return round(p1 + t * r, 6) if 0 <= t <= 1 and 0 <= u <= 1 else None

def inside(point, poly):
    hits = 0
    for i in range(len(poly)):
        a, b = poly[i], poly[(i + 1) % len(poly)]
        if (a.y > point.y) != (b.y > point.y):
            x = a.x + (point.y - a.y) * (b.x - a.x) / (b.y - a.y)
            if x > point.x:
                hits += 1
    return hits % 2 == 1

v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, 2 * v, v * 0.5, v / 4, v @ w, -v, +v is v, abs(v), bool(Vector(0, 0)), round(Vector(1.26, 2.71), 1))
print(v == Vector(3, 4), v != w, w < v, max([w, v, Vector(0, 1)]), sorted([v, w]), {v: 1}[Vector(3, 4)], len({v, Vector(3, 4)}))
print(f"{v:.2f}", format(w, "+d"), "{:>5}".format(Vector(1, 22)), list(v), v[1], v.x, Vector(1, 0, 0).cross(Vector(0, 1, 0)))
match Vector(0, 5):
    case Vector(0, y):
        print("on the y axis at", y)
for bad in (lambda: v + 1, lambda: v @ [1, 2], lambda: v + Vector(1, 2, 3), lambda: "s" * v):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
cloud = [Vector(x, y) for x, y in [(0, 0), (4, 0), (4, 3), (0, 3), (2, 1), (1, 2), (3, 2), (2, 5), (-1, 1), (2, 3)]]
h = hull(cloud)
print("hull:", h)
print("area:", area(h), "square area:", area([Vector(0, 0), Vector(2, 0), Vector(2, 2), Vector(0, 2)]))
print(intersect(Vector(0, 0), Vector(4, 4), Vector(0, 4), Vector(4, 0)), intersect(Vector(0, 0), Vector(1, 1), Vector(2, 2), Vector(3, 3)),
      intersect(Vector(0, 0), Vector(1, 0), Vector(0, 1), Vector(1, 1)))
print([inside(Vector(*p), h) for p in [(2, 2), (5, 5), (-0.5, 1), (2, 4.9), (2, -0.1)]])
