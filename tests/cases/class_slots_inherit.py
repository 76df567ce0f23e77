# __slots__ with inheritance, __dict__ and __weakref__ slots, conflicts and builtin bases.


class Base:
    __slots__ = ("a",)


class Child(Base):
    __slots__ = ("b",)


class Open(Base):
    pass


c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"))
try:
    c.z = 3
except AttributeError as e:
    print("AttributeError", e)
o = Open()
o.a = 1
o.z = 26
print(o.a, o.__dict__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.extra = 2
print(w.a, w.__dict__, "__dict__" in WithDict.__slots__)


class Weak:
    __slots__ = ("__weakref__",)


try:
    Weak().x = 1
except AttributeError as e:
    print("AttributeError", e)

# A subclass redeclaring a slot gets a slot of its own.
class Again(Base):
    __slots__ = ("a",)


g = Again()
g.a = "mine"
print(g.a, Again.a, Base.a)
try:
    Base.a.__get__(g)
except AttributeError as e:
    print("AttributeError", e)

# The errors CPython gives while making the class.
sources = [
    "class E:\n    __slots__ = ('x',)\n    x = 1",
    "class E:\n    __slots__ = ('__p',)\n    _E__p = 1",
    "class E:\n    __slots__ = ('__dict__', '__dict__')",
    "class F: pass\nclass E(F):\n    __slots__ = ('__dict__',)",
    "class E:\n    __slots__ = ('__weakref__', '__weakref__')",
    "class E:\n    __slots__ = (1,)",
    "class E:\n    __slots__ = ('a b',)",
    "class E:\n    __slots__ = 3",
    "class E(int):\n    __slots__ = ('v',)",
    "class E(tuple):\n    __slots__ = ('v',)",
    "class A:\n    __slots__ = ('p',)\nclass B:\n    __slots__ = ('q',)\nclass E(A, B): pass",
    "class A:\n    __slots__ = ('p',)\nclass B:\n    __slots__ = ()\nclass E(A, B): pass",
]
for src in sources:
    try:
        exec(src, {})
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Builtin bases that allow slots.
for base in (str, list, dict, float, set):
    class S(base):
        __slots__ = ("tag",)

    s = S()
    s.tag = base.__name__
    print(s.tag, repr(s), hasattr(s, "__dict__"))


class T(tuple):
    __slots__ = ()


try:
    T((1,)).x = 1
except AttributeError as e:
    print("AttributeError", e)

# __class__ assignment needs the same layout.
class A1:
    __slots__ = ("a",)


class A2:
    __slots__ = ("a",)


class B2:
    __slots__ = ("b",)


class Plain:
    pass


x = A1()
x.a = 5
for target in (A2, B2, Plain):
    try:
        x.__class__ = target
        print("now", type(x).__name__, x.a)
    except TypeError as e:
        print("TypeError", e)
