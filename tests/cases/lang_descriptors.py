class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.owner_name = owner.__name__
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop("_" + self.name, None)

class Point:
    x = Typed(int)
    y = Typed(int)

p = Point()
print(p.x)
p.x = 3
print(p.x)
try:
    p.y = "a"
except TypeError as e:
    print(type(e).__name__, e)
del p.x
print(p.x)
print(type(Point.x).__name__, Point.x.name, Point.x.owner_name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class C:
    attr = NonData()

c = C()
print(c.attr)
c.__dict__["attr"] = "from instance"
print(c.attr)

class DataOnlySet:
    def __get__(self, obj, t=None):
        return "data get"
    def __set__(self, obj, v):
        print("data set", v)

class D:
    attr = DataOnlySet()

d = D()
d.__dict__["attr"] = "instance"
print(d.attr)
d.attr = 5
try:
    del d.attr
except AttributeError as e:
    print(type(e).__name__, e)

class ReadOnly:
    def __get__(self, obj, t=None):
        return 42
    def __set__(self, obj, v):
        raise AttributeError("read-only")

class E:
    r = ReadOnly()
e_ = E()
try:
    e_.r = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(e_.r)

class Counter:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, t=None):
        self.n += 1
        return self.n
class F:
    c = Counter()
f = F()
print(f.c, f.c, F.c)

# functions are descriptors
def meth(self):
    return "meth of " + type(self).__name__
bound = meth.__get__(f, F)
print(bound())
print(meth.__get__(None, F) is meth)

# __set_name__ called with late assignment? no
class G:
    pass
t = Typed(str)
G.z = t
print(hasattr(t, "name"))
