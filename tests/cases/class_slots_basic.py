# __slots__: member descriptors, instances without __dict__, unset and deleted slots.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


print(Point.x, Point.y)
print(type(Point.x).__name__, Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__)
p = Point(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"))
for action in ("p.y", "p.z = 3", "p.__dict__", "vars(p)", "del p.y"):
    try:
        exec(action)
        print(action, "ok")
    except (AttributeError, TypeError) as e:
        print(action, "->", type(e).__name__, e)
p.y = 5
print(p.x, p.y)
del p.y
print(hasattr(p, "y"))

# The descriptor protocol, called directly.
print(Point.x.__get__(p, Point), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 7)
print(p.y)
Point.y.__delete__(p)
try:
    Point.y.__delete__(p)
except AttributeError as e:
    print("AttributeError", repr(e))
for call in (lambda: Point.x.__get__(1, int), lambda: Point.x.__set__("s", 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# A string is one slot; a list or an iterator of names works too.
class One:
    __slots__ = "only"


class Many:
    __slots__ = ["b", "a"]


class Lazy:
    __slots__ = iter(["q"])


print(One.__slots__, One.only, Many.__slots__, Many.a, Lazy.q)
o = One()
o.only = [1]
print(o.only)
print([k for k in Many.__dict__ if k in ("a", "b")])

# __getattr__ answers an unset slot; __setattr__ still goes through the member.
class Hooked:
    __slots__ = ("v",)

    def __getattr__(self, name):
        return "fallback " + name

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


h = Hooked()
print(h.v, h.other)
h.v = 3
print(h.v)
try:
    h.w = 4
except AttributeError as e:
    print("AttributeError", e)
object.__delattr__(h, "v")
print(h.v)

# Private names are mangled.
class Secret:
    __slots__ = ("__key",)

    def __init__(self):
        self.__key = 42

    def key(self):
        return self.__key


print(Secret().key(), Secret._Secret__key)
