# match: builtin class patterns matching the subject, attribute errors, collections.abc
# Mapping/Sequence subclasses and registered classes, __match_args__ override, bindings.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
import collections.abc as cabc
def m(v):
    match v:
        case bool(b): return ("bool", b)
        case int(real=r, imag=0) if r > 100: return ("bigint", r)
        case int(i): return ("int", i)
        case str(s) if s: return ("str", s)
        case bytearray(x): return ("ba", x)
        case dict(d) if len(d) == 0: return "emptydict"
        case frozenset(f): return ("fs", sorted(f))
        case tuple((1, x)): return ("tup1", x)
        case list([*xs]) if len(xs) > 3: return ("long", xs)
        case float(real=f): return ("float", f)
        case complex(c): return ("cx", c)
        case _: return "other"
for v in [True, 500, 5, "s", "", bytearray(b"x"), {}, frozenset({2, 1}), (1, 9), [1, 2, 3, 4], 1.5, 2j, None, [1]]:
    t(lambda: m(v))
class Raises:
    @property
    def a(self): raise ValueError("prop boom")
    @property
    def b(self): raise AttributeError("no b")
def r(v):
    match v:
        case Raises(b=1): return "b"
        case Raises(a=1): return "a"
t(lambda: r(Raises()))
class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None):
        print("get", k)
        return self.d.get(k, default)
def mp(v):
    match v:
        case {"a": 1, "b": x}: return ("ab", x)
        case {"a": _, **rest}: return ("rest", rest)
t(lambda: mp(MyMap({"a": 1, "b": 2})))
t(lambda: mp(MyMap({"a": 2, "c": 3})))
class MySeq(cabc.Sequence):
    def __getitem__(self, i):
        print("seq getitem", i)
        return [1, 2, 3][i]
    def __len__(self):
        print("seq len")
        return 3
def sq(v):
    match v:
        case [1, *rest]: return ("seq", rest)
        case _: return "no"
t(lambda: sq(MySeq()))
class Reg:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i + 1
cabc.Sequence.register(Reg)
t(lambda: sq(Reg()))
class RegM:
    def __getitem__(self, k): return 1
    def keys(self): return ["a"]
    def get(self, k, d=None): return 1 if k == "a" else d
cabc.Mapping.register(RegM)
t(lambda: mp(RegM()))
import collections
t(lambda: (sq(collections.deque([1, 5])), mp(collections.UserDict(a=1, b=3)), sq(collections.UserList([1, 7])), sq(collections.UserString("1"))))
class NotSeq:
    def __len__(self): return 1
    def __getitem__(self, i): return 1
t(lambda: sq(NotSeq()))
class Base:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1; self.b = 2
class Sub(Base):
    __match_args__ = ("b",)
def ma(v):
    match v:
        case Sub(x): return ("sub", x)
        case Base(x): return ("base", x)
t(lambda: ma(Sub()))
t(lambda: ma(Base()))
def nested(v):
    match v:
        case [(a, b), {"k": [c, *_]}] if a < b: return (a, b, c)
        case [(a, b), *_] | [a, b] if False: return 0
        case (x, y) as whole: return ("whole", whole)
t(lambda: nested([(1, 2), {"k": [3, 4]}]))
t(lambda: nested((5, 6)))
def val(v):
    match v:
        case 0 | 0.0 | False: return "zeroish"
        case "": return "empty"
        case b"": return "bempty"
        case -0.0: return "negzero"
t(lambda: (val(0), val(False), val(0.0), val(""), val(b""), val(-0.0), val(None)))
def guard_binding(v):
    match v:
        case [x] if x > 0: pass
        case [x]: pass
    return x
t(lambda: guard_binding([-1]))
def failed_binding(v):
    y = "unset"
    match v:
        case [1, y]: pass
        case _: pass
    return y
t(lambda: failed_binding([2, 3]))
t(lambda: failed_binding([1, 3]))
