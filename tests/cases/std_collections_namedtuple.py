# collections.namedtuple: fields, defaults, rename, _make/_replace/_asdict, tuple behaviour
# and CPython's errors.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), list(p), tuple(p))
print(Point(y=5, x=3), Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__)
print(Point.__new__.__doc__, Point.__match_args__, Point.__module__, repr(Point))
print(p._asdict(), p._replace(x=9), Point._make(range(2)), p.__getnewargs__())
print(p == (1, 2), (1, 2) == p, p != (1, 2), p < (1, 3), p + (3,), p * 2, 1 in p)
print(p.count(1), p.index(2), hash(p) == hash((1, 2)), {p: "v"}[(1, 2)])
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(3, 0), Point(2, 9)))
x, y = p
print(x, y, *p)
print("{0.x}/{0.y}".format(p), "x={} y={}".format(*p))

Color = namedtuple("Color", ["red", "green", "blue"], defaults=(0, 255))
print(Color(1), Color(1, 2, 3), Color._field_defaults)
print(namedtuple("A", "x, y z")._fields, namedtuple("B", "x def _y x 9", rename=True)._fields)
print(namedtuple("Empty", "")(), namedtuple("One", "only")(1), namedtuple("One", "only")(1)._fields)
Custom = namedtuple("Custom", "a", module="mymod")
print(Custom.__module__, repr(Custom))


def attempt(code):
    try:
        print(code, "->", repr(eval(code)))
    except Exception as e:
        print(code, "->", type(e).__name__, e)


for code in ['Point(1)', 'Point(1, 2, 3)', 'Point(1, y=2, z=3)', 'setattr(p, "x", 5)',
             'setattr(p, "z", 5)', 'p._replace(z=1)', 'Point._make([1, 2, 3])',
             'namedtuple("A", "x x")', 'namedtuple("A", "_x")', 'namedtuple("A", "class")',
             'namedtuple("1A", "x")', 'namedtuple("A", "x y", defaults=[1, 2, 3])',
             'namedtuple("A", ["x", 1])', 'p[5]', 'p.index(3)', 'p + [1]', 'delattr(p, "x")']:
    attempt(code)


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __str__(self):
        return "<%s, %s>" % (self.x, self.y)


v = Vector(3, -4)
print(v, repr(v), v.norm, v + Vector(1, 1), v._replace(x=0), Vector._make([1, 1]).norm)
print(type(v._replace(x=0)).__name__, Vector.__mro__[0].__name__)
