# Class creation through type() and class statements, with the errors CPython gives for
# conflicting bases, metaclasses, layouts, __slots__, namespaces and hooks.
class M1(type): pass
class M2(type): pass
class A: pass
class B(A): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
specs = [
    ("dup base", lambda: type("T", (A, A), {})),
    ("mro conflict", lambda: type("T", (A, B), {})),
    ("metaclass conflict", lambda: type("T", (X, Y), {})),
    ("layout conflict", lambda: type("T", (S1, S2), {})),
    ("int str", lambda: type("T", (int, str), {})),
    ("bool base", lambda: type("T", (bool,), {})),
    ("NoneType base", lambda: type("T", (type(None),), {})),
    ("non-type base", lambda: type("T", (1,), {})),
    ("slots dict twice", lambda: type("T", (), {"__slots__": ("__dict__", "__dict__")})),
    ("slots conflicts class var", lambda: type("T", (), {"__slots__": ("x",), "x": 1})),
    ("slots non-str", lambda: type("T", (), {"__slots__": (1,)})),
    ("slots bad name", lambda: type("T", (), {"__slots__": ("1a",)})),
    ("slots on int", lambda: type("T", (int,), {"__slots__": ("a",)})),
    ("slots on tuple", lambda: type("T", (tuple,), {"__slots__": ("a",)})),
    ("slots weakref twice", lambda: type("T", (), {"__slots__": ("__weakref__", "__weakref__")})),
    ("name not str", lambda: type(1, (), {})),
    ("bases not tuple", lambda: type("T", [], {})),
    ("ns not dict", lambda: type("T", (), [])),
    ("qualname not str", lambda: type("T", (), {"__qualname__": 1})),
    ("name with nul", lambda: type("T\0", (), {})),
    ("init_subclass kw", lambda: type("T", (A,), {}, x=1)),
    ("mro returns junk", lambda: type(M1)("T", (), {})),
    ("classcell", lambda: type("T", (), {"__classcell__": 1})),
    ("type subclass", lambda: type("T", (type,), {})),
    ("object again", lambda: type("T", (object, A), {})),
    ("ok", lambda: type("T", (A,), {"x": 1})),
]
for name, make in specs:
    try:
        t = make()
        print(name, "->", t.__name__, [c.__name__ for c in t.__mro__], type(t).__name__)
    except Exception as e:
        print(name, "->", type(e).__name__ + ":", e)
def mk(src):
    try:
        exec(src, {"A": A, "B": B, "X": X, "Y": Y, "M1": M1, "S1": S1, "S2": S2})
        return "ok"
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
for src in ["class T(A, A): pass", "class T(A, B): pass", "class T(metaclass=1): pass", "class T(metaclass=M1, x=1): pass",
            "class T(*[A], **{'metaclass': M1}): pass", "class T(1): pass", "class T(S1, S2): pass",
            "class T:\n    __slots__ = 'a', 'a'", "class T:\n    __slots__ = ['__dict__']\n    __dict__ = 1",
            "class T(X, Y): pass", "class T(A, object, B): pass", "class T(object, A): pass",
            "class T:\n    def __init_subclass__(cls, x): pass\nclass U(T): pass",
            "class T:\n    def __init_subclass__(cls, x): pass\nclass U(T, x=1, y=2): pass",
            "class T:\n    def __set_name__(self, o, n): raise ValueError('boom')\nclass U:\n    a = T()",
            "class P:\n    def __mro_entries__(self, bases): return (A,)\nclass U(P()): pass\nprint(U.__mro__, [type(b).__name__ for b in U.__orig_bases__])",
            "class P:\n    def __mro_entries__(self, bases): return 5\nclass U(P()): pass",
            "class M(type):\n    def __prepare__(n, b): return 5\nclass U(metaclass=M): pass",
            "class M(type):\n    @classmethod\n    def __prepare__(m, n, b, **kw): return []\nclass U(metaclass=M): pass",
            ]:
        print(repr(src[:40]), "->", mk(src))
