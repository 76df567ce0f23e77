# RecursionError's wording names the level that reached the limit: CPython counts
# Python frames and C-level repr/str/comparison/call levels on one counter.
import sys
sys.setrecursionlimit(200)
class A:
    def __repr__(self): return repr(self)
class S:
    def __str__(self): return str(self)
class E:
    def __eq__(self, o): return self == o
class G:
    def __getattr__(self, n): return getattr(self, n)
class Meta(type):
    def __instancecheck__(cls, x): return isinstance(x, cls)
    def __subclasscheck__(cls, x): return issubclass(x, cls)
class I(metaclass=Meta): pass
class L:
    def __lt__(self, o): return self < o
class H:
    def __hash__(self): return hash(self)
class Ln:
    def __len__(self): return len(self)
class Call:
    def __call__(self): return self()
class It:
    def __iter__(self): return iter(self)
class F:
    def __format__(self, s): return format(self, s)
def rec(): return rec()
tests = [('repr', lambda: repr(A())), ('str', lambda: str(S())), ('eq', lambda: E() == E()),
  ('getattr', lambda: G().x), ('isinstance', lambda: isinstance(1, I)), ('issubclass', lambda: issubclass(int, I)),
  ('lt', lambda: L() < L()), ('hash', lambda: hash(H())), ('len', lambda: len(Ln())), ('call', lambda: Call()()),
  ('iter', lambda: iter(It())), ('format', lambda: format(F(), '')), ('rec', rec),
  ('print', lambda: print(A())), ('fstr', lambda: f'{A()!r}'), ('listrepr', lambda: repr([A()])),
  ('strrepr', lambda: str(A())),
  ]
for name, t in tests:
    try:
        t()
    except RecursionError as e:
        print(name, e)

sys.setrecursionlimit(150)
print(S())
