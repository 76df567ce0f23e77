# Instance attributes kept against the class's shared names until a dict is needed:
# every way of reaching them must see the same names, values and order as a dict.
import gc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = P(1, 2)
b = P(3, 4)
b.z = 5
print(a.x, a.y, b.x, b.y, b.z, hasattr(a, "z"))
print(vars(a), vars(b))

# Set in another order than the class's first instance: same values, its own order.
c = P.__new__(P)
c.y = "y first"
c.x = "then x"
print(c.__dict__, c.x, c.y)

# Overwrite, delete the last, delete one in the middle.
d = P(1, 2)
d.x = 10
d.w = 3
del d.w
print(d.__dict__)
e = P(5, 6)
e.z = 7
del e.x
print(e.__dict__, e.y, e.z, hasattr(e, "x"))
try:
    del e.x
except AttributeError as err:
    print("AttributeError:", err)
e.x = "back"
print(list(e.__dict__))

# The dict, once asked for, is the attributes: changes through either side show.
f = P(1, 2)
fd = f.__dict__
print(fd is f.__dict__, fd is vars(f))
fd["q"] = "via dict"
f.r = "via attr"
print(f.q, fd["r"], list(fd))
fd.clear()
print(hasattr(f, "x"), f.__dict__)

# Replacing and deleting __dict__.
g = P(1, 2)
g.__dict__ = {"k": 1}
print(g.k, hasattr(g, "x"))
del g.__dict__
print(g.__dict__)
g.x = 9
print(g.__dict__)

# Many attributes: more than a class shares.
class Wide:
    pass


w = Wide()
for i in range(40):
    setattr(w, "a%d" % i, i)
print(len(vars(w)), w.a0, w.a39, list(vars(w))[:3], list(vars(w))[-2:])
w2 = Wide()
for i in range(40):
    setattr(w2, "a%d" % i, -i)
print(sum(vars(w2).values()), w2.a35)

# Names that are not identifiers, and str subclasses as names.
class Name(str):
    pass


h = P(1, 2)
setattr(h, "not an identifier", 1)
setattr(h, Name("sub"), 2)
print(getattr(h, "not an identifier"), h.sub, sorted(vars(h)))

# Changing the class keeps the attributes.
class Q:
    def total(self):
        return self.x + self.y


i = P(20, 22)
i.__class__ = Q
print(i.total(), vars(i))
i.extra = 1
print(vars(i))

# __getattr__ only for what the attributes lack; __setattr__ through object.
class Logged:
    def __init__(self):
        self.a = 1

    def __getattr__(self, name):
        return "missing " + name

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)


lg = Logged()
lg.b = 5
print(lg.a, lg.b, lg.c, vars(lg))

# dir() sees instance attributes; copying state through __reduce_ex__.
j = P(1, 2)
print([n for n in dir(j) if not n.startswith("__")])
red = j.__reduce_ex__(2)
print(red[2], red[2] is j.__dict__)

# Cycles through attributes are collected; the values die with them.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.collect()
n1, n2 = Node("n1"), Node("n2")
n1.other, n2.other = n2, n1
del n1, n2
print(gc.collect() >= 2)

# Exceptions keep their own attributes the same way.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


try:
    raise AppError(7)
except AppError as err:
    print(err.code, err.args, vars(err))
