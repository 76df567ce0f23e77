# The __dict__ and __weakref__ getset descriptors a class statement adds to the class dict.
class C:
    pass
print(list(C.__dict__))
class M:
    x = 1
    def f(self):
        pass
print(list(M.__dict__))
class Q:
    """doc"""
    def g(self):
        pass
print(list(Q.__dict__))
class S:
    __slots__ = ("a",)
print(list(S.__dict__))
class S2:
    __slots__ = ("a", "__dict__")
print(list(S2.__dict__))
class S3:
    __slots__ = ("__weakref__",)
print(list(S3.__dict__))
class S0:
    __slots__ = ()
print(list(S0.__dict__), hasattr(S0(), "__dict__"))
class Sub(C):
    pass
class SubS(S):
    pass
class Mi(S, C):
    pass
print(list(Sub.__dict__), list(SubS.__dict__), list(Mi.__dict__))
for base in (int, float, str, bytes, tuple, list, dict, set, frozenset, type, Exception):
    K = type("K", (base,), {})
    print(base.__name__, [k for k in K.__dict__ if k in ("__dict__", "__weakref__")])
X = type("X", (), {"a": 1})
print(list(X.__dict__), list(type("Y", (X,), {}).__dict__))
class Own:
    __dict__ = 5
print(list(Own.__dict__), Own.__dict__["__dict__"])

d = C.__dict__["__dict__"]
w = C.__dict__["__weakref__"]
print(repr(d), repr(w), type(d).__name__, type(w).__name__)
print(d.__name__, d.__qualname__, d.__objclass__ is C, d.__doc__, w.__doc__)
o = C()
o.x = 1
print(d.__get__(o), d.__get__(o) is o.__dict__, w.__get__(o), o.__weakref__)
print(d.__get__(None, C) is d, C.__weakref__ is w, C.__dict__["__dict__"] is d)
try:
    d.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)
d.__set__(o, {"y": 2})
print(o.y, vars(o))
d.__delete__(o)
print(vars(o))
try:
    w.__set__(o, 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o.__weakref__ = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d.__set__(o, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(vars(C)), [k for k in dir(C) if k in ("__dict__", "__weakref__")])
print("__weakref__" in dir(o), "__dict__" in dir(Sub), "__dict__" in vars(Sub))
del C.__weakref__
print(list(C.__dict__))
class Prop:
    @property
    def __dict__(self):
        return "prop"
print(Prop().__dict__, list(Prop.__dict__))
print(vars(Exception("x")), Exception("x").__dict__)
try:
    vars(S0())
except TypeError as e:
    print(type(e).__name__, e)
