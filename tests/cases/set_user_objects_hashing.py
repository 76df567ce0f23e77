# Sets and dicts of user-defined objects: hash/eq contracts, mutation of a key after insertion
# (the classic bug), objects equal to builtins, set algebra on user objects, and membership
# that consults __eq__ only after a hash match.
calls = []

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        calls.append("hash")
        return hash((self.x, self.y))
    def __eq__(self, other):
        calls.append("eq")
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)

pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), sorted(pts, key=lambda p: (p.x, p.y)))
calls.clear()
print(Point(3, 4) in pts, calls)
calls.clear()
print(Point(9, 9) in pts, calls)

p = Point(5, 5)
registry = {p: "five"}
p.x = 6
print(p in registry, Point(6, 5) in registry, Point(5, 5) in registry, list(registry.values()))
p.x = 5
print(p in registry, registry[Point(5, 5)])

a = {Point(0, 0), Point(1, 1), Point(2, 2)}
b = {Point(1, 1), Point(2, 2), Point(3, 3)}
key = lambda s: sorted(s, key=lambda q: (q.x, q.y))
print(key(a & b), key(a | b), key(a - b), key(a ^ b), a.isdisjoint({Point(7, 7)}), {Point(1, 1)} < a)

class CaseInsensitive:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(self.s.lower())
    def __eq__(self, other):
        if isinstance(other, CaseInsensitive):
            return self.s.lower() == other.s.lower()
        if isinstance(other, str):
            return self.s.lower() == other.lower()
        return NotImplemented
    def __repr__(self):
        return "CI(%r)" % self.s
names = {CaseInsensitive("Ann"): 1}
names[CaseInsensitive("ANN")] = 2
print(names, "ann" in names, names.get("aNN"), CaseInsensitive("x") == "X", "X" == CaseInsensitive("x"))

class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
ae = AlwaysEqual()
print(ae in {ae}, AlwaysEqual() in {ae}, ae in [AlwaysEqual()], [1, 2].count(AlwaysEqual()), (ae,).index(5) if False else "")

class Unhashable:
    def __eq__(self, other):
        return False
try:
    {Unhashable()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([Point(1, 1), Unhashable()])
except TypeError as e:
    print(type(e).__name__, e)

class Sneaky:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return self is other
collide = {Sneaky(1), Sneaky(1), Sneaky(1)}
print(len(collide), len({hash(s) for s in collide}))
counts = {}
for word in ["Apple", "apple", "APPLE", "pear"]:
    k = CaseInsensitive(word)
    counts[k] = counts.get(k, 0) + 1
print(counts)
