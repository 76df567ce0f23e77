# weakref.ref, callbacks, equality and hashing, proxies, WeakMethod, __weakref__.
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "A(%d)" % self.n

    def __eq__(self, other):
        return isinstance(other, A) and self.n == other.n

    def __hash__(self):
        return hash(self.n)

    def get(self):
        return self.n


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


def func():
    pass


for obj in [1, "s", (), [], {}, None, 1.5, Slotted(), SlottedWeak(), func, A, A(0)]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "weakly referenceable")
    except TypeError as e:
        print(type(e).__name__, e)

a = A(1)
print(a.__weakref__)
r = weakref.ref(a)
print(r() is a, r() == A(1), a.__weakref__ is r)
print("shared plain ref:", weakref.ref(a) is r)
log = []
r2 = weakref.ref(a, lambda ref: log.append(("callback", ref is r2, ref())))
print("callback ref is new:", r2 is not r, weakref.getweakrefcount(a))
print(r.__callback__, callable(r2.__callback__))
try:
    r.__callback__ = None
except AttributeError as e:
    print(type(e).__name__, e)
for bad in [lambda: r(1), lambda: weakref.ref(), lambda: weakref.ref(a, None, 3),
            lambda: weakref.ref(a, callback=None), lambda: weakref.getweakrefcount()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print("None callback shares:", weakref.ref(a, None) is r)
print("refs equal while alive:", r == r2, r != r2)
b = A(1)
rb = weakref.ref(b)
print("equal referents:", r == rb, hash(r) == hash(rb) == hash(1))
print(isinstance(r, weakref.ReferenceType), weakref.ref is weakref.ReferenceType)
del a
print("after death:", r(), log, r2.__callback__)
print("dead refs equal only to themselves:", r == r2, r == r, r2 != r)
print("hash remembered:", hash(r) == hash(1))
c = A(2)
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print(type(e).__name__, e)
print(weakref.getweakrefcount(b), len(weakref.getweakrefs(b)), weakref.getweakrefcount(5))

p = weakref.proxy(b)
print(p.n, p.get(), p == A(1))
p.n = 7
print(b.n, isinstance(p, weakref.ProxyTypes))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
pl = weakref.proxy(A(3), lambda px: print("proxy callback"))
try:
    pl.n
except ReferenceError as e:
    print(type(e).__name__, e)
try:
    weakref.proxy(3)
except TypeError as e:
    print(type(e).__name__, e)

wm = weakref.WeakMethod(b.get)
print(wm()(), wm() == b.get)
try:
    weakref.WeakMethod(func)
except TypeError as e:
    print(type(e).__name__)
del b, p, rb
print("method dead:", wm())


class T:
    pass


def gen():
    yield 1


for obj in [{1}, frozenset(), gen(), len, weakref, iter([]), range(3), b"", object()]:
    try:
        print(type(obj).__name__, weakref.ref(obj)() is obj)
    except TypeError as e:
        print(type(e).__name__, e)
s = {1, 2}
rs = weakref.ref(s)
print(rs() == {1, 2})
del s
print(rs())
rt = weakref.ref(T)
rf = weakref.ref(func)
print(rt() is T, rf() is func)
print("done")
