# property: CPython 3.11's messages for missing functions, the __getattr__ fallback when
# a getter raises AttributeError, docstrings, and the copies getter/setter/deleter make.


class Lazy:
    def __getattr__(self, name):
        return "fallback " + name

    @property
    def broken(self):
        raise AttributeError("inner")

    @property
    def fine(self):
        return "fine"

    @property
    def other_error(self):
        raise KeyError("not attribute")


z = Lazy()
print(z.broken, z.fine)
try:
    z.other_error
except KeyError as e:
    print("KeyError", e)


class D:
    ro = property(lambda self: 1)
    wo = property(None, lambda self, v: print("wo set", v))
    empty = property()


d = D()
for action in ("d.ro", "d.ro = 1", "del d.ro", "d.wo", "d.wo = 2", "del d.wo",
               "d.empty", "d.empty = 1", "del d.empty"):
    try:
        exec(action)
        print(action, "ok")
    except AttributeError as e:
        print(action, "->", e)

# Called directly, and before __set_name__ named it.
try:
    D.ro.__set__(d, 3)
except AttributeError as e:
    print(e)
loose = property()
try:
    loose.__get__(d, D)
except AttributeError as e:
    print(e)
loose.__set_name__(D, "late")
try:
    loose.__set__(d, 1)
except AttributeError as e:
    print(e)
print(D.ro.__get__(None, D) is D.ro, D.ro.__get__(d, D), property.__get__(D.ro, d))


def getter(self):
    "getter doc"
    return 10


p = property(getter)
print(p.__doc__, property(getter, doc="explicit").__doc__, property().__doc__)
p.__doc__ = "changed"
print(p.__doc__)
p2 = p.setter(lambda self, v: None)
print(p2.__doc__, p2 is p, p2.fget is p.fget, p.fset, p2.fset is not None, p2.fdel)
p3 = p2.deleter(print)
p4 = p3.getter(lambda self: 4)
print(p3.fdel is print, p4.fget(None) == 4, p4.fset is p2.fset, p4.__doc__)
kept = property(getter, doc="kept").getter(len)
print(kept.__doc__)


class Q:
    @property
    def v(self):
        "v doc"
        return self._v

    @v.setter
    def v(self, value):
        self._v = value * 2

    @v.deleter
    def v(self):
        print("deleting")
        del self._v


q = Q()
q.v = 4
print(q.v, Q.v.__doc__, type(Q.v).__name__)
del q.v
try:
    q.v
except AttributeError as e:
    print("AttributeError", e)
for bad in (lambda: property(1, 2, 3, 4, 5), lambda: property(foo=1), lambda: property(1)(), lambda: p.setter()):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
