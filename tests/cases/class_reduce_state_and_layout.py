# object.__reduce_ex__ takes its state from __getstate__ (a class's own, or object's with
# slot values); __class__ assignment needs the same slots, __dict__ and __weakref__.
class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b
p = Plain(1, [2])
fn, args, state, items, pairs = p.__reduce_ex__(2)
print(fn.__name__, args[0].__name__, state, state is p.__dict__, items, pairs)
print(Plain.__new__(Plain).__reduce_ex__(4)[2])

class Slotted:
    __slots__ = ("x", "y")
s = Slotted()
s.x = 5
print(s.__reduce_ex__(2)[2], s.__reduce_ex__(4)[1][0].__name__)
s.y = 6
print(s.__reduce_ex__(2)[2])

class Mixed:
    __slots__ = ("x", "__dict__")
    def __init__(self):
        self.x = 1
        self.y = 2
print(Mixed().__reduce_ex__(2)[2], Mixed().__reduce_ex__(4)[2])

class Custom:
    def __init__(self):
        self.keep = 1
        self.cache = "big"
    def __getstate__(self):
        st = dict(self.__dict__)
        del st["cache"]
        return st
print(Custom().__reduce_ex__(2)[2], Custom().__reduce_ex__(3)[2])

class BadState:
    def __getstate__(self):
        raise ValueError("no state for you")
try:
    BadState().__reduce_ex__(2)
except ValueError as e:
    print("ValueError:", e)

# Rebuild an object by hand from its reduction.
def rebuild(obj):
    fn, args, state = obj.__reduce_ex__(2)[:3]
    new = fn(*args)
    if isinstance(state, tuple):
        state, slots = state
        for k, v in slots.items():
            setattr(new, k, v)
    if state:
        new.__dict__.update(state)
    return new
r = rebuild(p)
print(type(r).__name__, vars(r), r.b is p.b)
m = rebuild(Mixed())
print(m.x, vars(m))

# __class__ assignment and layouts.
class A:
    __slots__ = ("a",)
class B(A):
    pass
class C(A):
    __slots__ = ("__dict__",)
class D(A):
    __slots__ = ("__weakref__",)
class E(A):
    __slots__ = ("__weakref__", "__dict__")
class G:
    pass
class H(G):
    __slots__ = ()
kinds = (A, B, C, D, E, G, H)
for x in kinds:
    row = []
    for y in kinds:
        o = x.__new__(x)
        try:
            o.__class__ = y
            row.append(y.__name__)
        except TypeError:
            row.append(".")
    print(x.__name__, " ".join(row))
try:
    D().__class__ = A
except TypeError as e:
    print("TypeError:", e)
