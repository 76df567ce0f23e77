# namedtuple classes are tuple subclasses: indexing, unpacking, comparisons, the _ methods.
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, isinstance(p, tuple), p[0], p[-1], len(p), p == (1, 2), p < (1, 3))
x, y = p; print(x, y, p.x, p.y, Point._fields, Point._make([3, 4]), p._asdict(), p._replace(x=9))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(5), P3._field_defaults, P3(1, 2, 3), P3.__new__.__defaults__)
R = namedtuple('R', ['ok', 'def', 'ok', '_x'], rename=True); print(R._fields)
print(hash(p) == hash((1, 2)), p + (3,), p * 2, tuple(p), list(p), p.count(1), p.index(2))
for act in ['p.x = 5', 'del p.x', 'p.z = 1', 'Point(1)', 'Point(1, 2, 3)', 'Point(1, y=2, x=3)', 'Point._make([1])', 'p._replace(z=1)', 'Point.x.__get__(5)', "namedtuple('A', 'x x')", "namedtuple('A', '_x')", "namedtuple('class', 'x')", "namedtuple('A', 'x-y')", "namedtuple('A', 'x', defaults=(1, 2))", "p.__dict__"]:
    try: exec(act); print(act, 'ok')
    except Exception as e: print(act, '->', type(e).__name__, e)
print(Point(x=1, y=2), Point.__name__, Point.x, Point.__doc__, Point.x.__doc__, p.__class__.__mro__)
class P2(Point):
    def norm(self): return self.x + self.y
q = P2(1, 2); q.extra = 5
print(q.norm(), q, q.__dict__)
class P4(namedtuple('P4', 'a b')):
    __slots__ = ()
    @property
    def total(self): return self.a + self.b
print(P4(3, 4).total, P4(3, 4))
print(Point.__new__.__qualname__, Point._make.__qualname__, Point.__module__, Point.__match_args__)
match p:
    case Point(x=1, y=yy): print('matched', yy)
match p:
    case Point(a, b): print('pos', a, b)
E = namedtuple('E', ''); print(E(), len(E()), E._fields)
S = namedtuple('S', 'v'); print(S(1), S(v=2), S._make([3]))
print(sorted([Point(2, 1), Point(1, 2)]), max(Point(1, 5), Point(1, 6)))
print({p: 1}[(1, 2)], p in {(1, 2)}, f"{p}", '%s|%r' % (p, p), str(p))
print(p._fields, getattr(p, 'x'), [f for f in Point._fields])
