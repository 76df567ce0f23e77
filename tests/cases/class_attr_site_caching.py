# One attribute site sees many classes and many changes to them: each read and write
# must still follow the class's current rules (tote caches where a site found an
# attribute; this checks every way the cached place can stop being the right one).


def read(o):
    return o.x


def write(o, v):
    o.x = v


def read_write(o, v):
    old = o.x
    o.x = v
    return old


class A:
    def __init__(self, x):
        self.x = x


class B:
    def __init__(self, x):
        self.y = "y"
        self.x = x


a, b = A(1), B(2)
for _ in range(3):
    print(read(a), read(b), end=" ")
    write(a, read(a) + 10)
    write(b, read(b) + 10)
print()

# A data descriptor added to the class takes the name over from the instance value.
A.x = property(lambda self: "property", lambda self, v: print("setter got", v))
print(read(a), read(A.__new__(A)))
write(a, 99)
del A.x
print(read(a))

# __getattribute__ / __setattr__ / __getattr__ added later.
A.__getattribute__ = lambda self, name: "intercepted " + name
print(read(a))
del A.__getattribute__
A.__setattr__ = lambda self, name, v: print("setattr", name, v)
write(a, 5)
print(read(a), read_write(a, 6), read(a))
del A.__setattr__
write(a, 7)
print(read(a))
del a.x
A.__getattr__ = lambda self, name: "fallback " + name
print(read(a))
write(a, 8)
print(read(a))
del A.__getattr__

# A deleted attribute and a class attribute behind it.
A.x = "class value"
c = A(3)
print(read(c))
del c.x
print(read(c))
write(c, 4)
print(read(c), vars(c))
del A.x
del c.x
try:
    read(c)
except AttributeError as e:
    print("AttributeError:", e)

# The class of an instance changes under the site.
d = A(10)
print(read(d))
d.__class__ = B
print(read(d), type(d).__name__)
write(d, 11)
print(read(d), vars(d))

# An instance whose attributes became a dict, and one with slots.
e = A(20)
ed = e.__dict__
write(e, 21)
print(read(e), ed)


class S:
    __slots__ = ("x",)


s = S()
write(s, 30)
print(read(s))
try:
    write(s, 1) or S.__new__(S).x
except AttributeError as err:
    print("AttributeError:", err)


class Frozen:
    __slots__ = ()


try:
    write(Frozen(), 1)
except AttributeError as err:
    print("AttributeError:", err)

# A user data descriptor appears on a base class.
class Base:
    pass


class Child(Base):
    def __init__(self):
        self.x = "instance"


ch = Child()
print(read(ch))


class Loud:
    def __get__(self, obj, cls):
        return "descriptor get"

    def __set__(self, obj, v):
        print("descriptor set", v)


Base.x = Loud()
print(read(ch))
write(ch, "new")
del Base.x
print(read(ch))

# Exceptions keep their attributes like other instances, with their own fields apart.
class Err(Exception):
    pass


errs = [Err("a"), Err("b")]
for i, err in enumerate(errs):
    write(err, i)
print([read(err) for err in errs], [err.args for err in errs])

# Many instances through one site, set in different orders.
class P:
    pass


objs = []
for i in range(6):
    p = P()
    if i % 2:
        p.x = i
        p.y = -i
    else:
        p.y = -i
        p.x = i
    objs.append(p)
print([read_write(p, read(p) * 2) for p in objs], [vars(p) for p in objs[:2]])

# More classes through one site than it remembers, each with its own attribute order.
class Base6:
    def bump(self):
        self.count = self.count + self.step
        return self.count


kinds = []
for k in range(6):
    def init(self, k=k):
        for n in ["pad%d" % i for i in range(k)] + ["step", "count"][:: 1 if k % 2 else -1]:
            setattr(self, n, k + 1)
    kinds.append(type("K%d" % k, (Base6,), {"__init__": init}))
objs6 = [kind() for kind in kinds] * 3
print([o.bump() for o in objs6])
print([list(vars(o))[-2:] for o in objs6[:6]])
