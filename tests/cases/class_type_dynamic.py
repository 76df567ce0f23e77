# Building classes dynamically with type(name, bases, ns) and inspecting them.
def init(self, value):
    self.value = value

def describe(self):
    return "%s holding %r" % (type(self).__name__, self.value)

Holder = type("Holder", (), {"__init__": init, "describe": describe, "kind": "generic"})
h = Holder(3)
print(h.describe(), Holder.kind, Holder.__name__, Holder.__qualname__, Holder.__module__)
print(Holder.__bases__, type(Holder) is type, isinstance(h, Holder))

Special = type("Special", (Holder,), {"kind": "special", "double": lambda self: self.value * 2})
s = Special(21)
print(s.describe(), s.double(), Special.kind, [c.__name__ for c in Special.__mro__])

# with __slots__-free multiple inheritance and class attributes shared
Mixin = type("Mixin", (), {"mixed": lambda self: "mixed-in"})
Combo = type("Combo", (Special, Mixin), {})
c = Combo(5)
print(c.mixed(), c.double(), [k.__name__ for k in Combo.__mro__])

# dunder methods in the namespace work as operators
Vec = type("Vec", (), {
    "__init__": lambda self, *xs: setattr(self, "xs", xs),
    "__add__": lambda self, other: Vec(*(a + b for a, b in zip(self.xs, other.xs))),
    "__eq__": lambda self, other: isinstance(other, Vec) and self.xs == other.xs,
    "__len__": lambda self: len(self.xs),
    "__repr__": lambda self: "Vec%r" % (self.xs,),
    "__hash__": None,
})
v = Vec(1, 2) + Vec(10, 20)
print(v, len(v), v == Vec(11, 22), Vec.__hash__)
try:
    hash(v)
except TypeError as e:
    print(type(e).__name__, e)

# one-argument type() and the name is just a label
print(type(h).__name__, type(Holder).__name__, type(3.5), type("s") is str)
Same = type("Holder", (), {})
print(Same is Holder, Same.__name__ == Holder.__name__)

# a class factory with closures
def make_enum(name, *members):
    ns = {m: i for i, m in enumerate(members)}
    ns["names"] = staticmethod(lambda: list(members))
    ns["lookup"] = classmethod(lambda cls, i: members[i])
    return type(name, (), ns)
Color = make_enum("Color", "RED", "GREEN", "BLUE")
print(Color.GREEN, Color.names(), Color.lookup(2), sorted(k for k in vars(Color) if k.isupper()))

# namespace copying: later changes to the dict do not affect the class
ns = {"a": 1}
Copy = type("Copy", (), ns)
ns["a"] = 2
print(Copy.a, "__module__" in Copy.__dict__, "__qualname__" in Copy.__dict__)

# the class can be subclassed normally and its attributes set later
class Derived(Holder):
    def describe(self):
        return "derived: " + super().describe()
print(Derived(1).describe())
Holder.kind = "changed"
print(Derived.kind, Special.kind)

# errors
for args in [("X",), ("X", (), {}, 1), (1, (), {}), ("X", [], {}), ("X", (int, str), {})]:
    try:
        t = type(*args)
        print("made", t)
    except TypeError as e:
        print(type(e).__name__, e)
