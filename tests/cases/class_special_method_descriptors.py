# Implicit special-method calls (len(a), a[k], a + b, repr(a), with a: ...) look the name
# up on the type and bind it through __get__: staticmethod, classmethod, partialmethod,
# property and user descriptors all work, and a wrong signature fails as the call would.
import functools

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class S:
    __len__ = staticmethod(lambda: 2)
    __bool__ = staticmethod(lambda: False)
    __hash__ = staticmethod(lambda: 42)
    __getitem__ = staticmethod(lambda k: ("get", k))
    __setitem__ = staticmethod(lambda k, v: print("set", k, v))
    __delitem__ = staticmethod(lambda k: print("del", k))
    __contains__ = staticmethod(lambda x: x == 1)
    __iter__ = staticmethod(lambda: iter([7, 8]))
    __reversed__ = staticmethod(lambda: iter([8, 7]))
    __neg__ = staticmethod(lambda: "neg")
    __add__ = staticmethod(lambda o: ("add", o))
    __radd__ = staticmethod(lambda o: ("radd", o))
    __iadd__ = staticmethod(lambda o: ("iadd", o))
    __lt__ = staticmethod(lambda o: ("lt", o))
    __pow__ = staticmethod(lambda e, m=None: ("pow", e, m))
    __index__ = staticmethod(lambda: 3)
    __float__ = staticmethod(lambda: 1.5)
    __complex__ = staticmethod(lambda: 2j)
    __round__ = staticmethod(lambda n=None: ("round", n))
    __abs__ = staticmethod(lambda: "abs")
    __repr__ = staticmethod(lambda: "S-repr")
    __str__ = staticmethod(lambda: "S-str")
    __format__ = staticmethod(lambda spec: "fmt:" + spec)
    __bytes__ = staticmethod(lambda: b"by")
    __enter__ = staticmethod(lambda: "entered")
    __exit__ = staticmethod(lambda *a: print("exit", a[0]))
    __getattr__ = staticmethod(lambda name: "missing:" + name)
    __setattr__ = staticmethod(lambda name, v: print("setattr", name, v))
    __delattr__ = staticmethod(lambda name: print("delattr", name))
s = S()
print(len(s), bool(s), hash(s), s[1], 1 in s, 2 in s, list(s), list(reversed(s)))
s[1] = 2
del s[3]
print(-s, s + 1, 1 + s, s < 2, 2 > s, s ** 2, pow(s, 2, 5))
t = s
t += 5
print(t, [10, 20, 30, 40][s], float(s), complex(s), round(s), round(s, 2), abs(s), hex(s))
print(repr(s), str(s), format(s, "x"), f"{s:>3}", bytes(s), s.anything)
s.x = 1
del s.y
with s as v:
    print("in", v)

class C:
    __len__ = classmethod(lambda cls: len(cls.__name__))
    __getitem__ = classmethod(lambda cls, k: (cls.__name__, k))
    __eq__ = functools.partialmethod(lambda self, other, tag: (tag, other), "peq")
    __hash__ = object.__hash__
    __mul__ = functools.partialmethod(lambda self, o, k: o * k, 10)
    __iter__ = property(lambda self: lambda: iter("ab"))
print(len(C()), C()[5], C() == 3, C() * 4, list(C()))

class Desc:
    def __get__(self, obj, typ):
        print("__get__", type(obj).__name__, typ.__name__)
        return lambda *a: ("desc", a)
class UsesDesc:
    __getitem__ = Desc()
    __neg__ = Desc()
    __contains__ = Desc()
u = UsesDesc()
print(u[1], -u, 3 in u)

class Meta(type):
    __instancecheck__ = staticmethod(lambda obj: obj == 1)
    __subclasscheck__ = classmethod(lambda mcls, sub: sub is int)
    __len__ = staticmethod(lambda: 11)
class M(metaclass=Meta):
    pass
print(isinstance(1, M), isinstance(2, M), issubclass(int, M), issubclass(str, M), len(M))

class Missing(dict):
    __missing__ = staticmethod(lambda k: ("missing", k))
print(Missing(a=1)["a"], Missing()["b"])

class Wrong:
    __len__ = staticmethod(lambda x: 3)
    __getitem__ = staticmethod(lambda: 3)
    __repr__ = staticmethod(lambda a, b: "")
    __add__ = classmethod(lambda cls: cls)
show(lambda: len(Wrong()))
show(lambda: Wrong()[1])
show(lambda: repr(Wrong()))
show(lambda: Wrong() + 1)
