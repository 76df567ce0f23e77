# Instance creation: __new__ and __init__ interplay, __new__ returning other objects,
# __init__ return value checks, object.__new__/__init__ argument errors, immutable
# subclasses customised in __new__, and caching/interning instances.
log = []

class Traced:
    def __new__(cls, *args, **kw):
        log.append("new %s %r %r" % (cls.__name__, args, kw))
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        log.append("init %r" % (args,))
        self.args = args

t = Traced(1, 2, k=3)
print(log, t.args)
log.clear()

class ReturnsOther:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        if kind == "sub":
            return object.__new__(Sub)
        return super().__new__(cls)
    def __init__(self, kind):
        print("  ReturnsOther.__init__ called with", kind)
class Sub(ReturnsOther):
    pass
print(ReturnsOther("int"))
print(type(ReturnsOther("sub")).__name__)
print(type(ReturnsOther("self")).__name__)

class BadInit:
    def __init__(self):
        return "not None"
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass
for fn in (lambda: Plain(1), lambda: Plain(x=1), lambda: object(1), lambda: object.__new__(Plain, 1)):
    try:
        fn()
        print("accepted")
    except TypeError as e:
        print(type(e).__name__, e)

class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(5).x, object.__new__(OnlyInit).__class__.__name__, hasattr(object.__new__(OnlyInit), "x"))
class OnlyNew:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x * 2
        return obj
print(OnlyNew(5).x)
try:
    OnlyNew()
except TypeError as e:
    print(type(e).__name__, e)

# immutable builtins are customised in __new__, not __init__
class Celsius(float):
    def __new__(cls, value, unit="C"):
        if unit == "F":
            value = (value - 32) * 5 / 9
        return super().__new__(cls, round(value, 2))
    def __repr__(self):
        return "Celsius(%s)" % float.__repr__(self)
print(Celsius(100), Celsius(212, "F"), Celsius(0) + 1, type(Celsius(1) + 1).__name__, isinstance(Celsius(3), float))

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper("shout")
print(u, repr(u), type(u).__name__, u.lower(), type(u.lower()).__name__, u + "!", len(u))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return "Point(%r, %r)" % self
p = Point(3, 4)
print(p, p.x, p.y, p == (3, 4), hash(p) == hash((3, 4)), p + (5,), type(p + (5,)).__name__)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

# interning instances through __new__ and a class-level cache
class Symbol:
    _cache = {}
    def __new__(cls, name):
        if name not in cls._cache:
            obj = super().__new__(cls)
            obj.name = name
            cls._cache[name] = obj
        return cls._cache[name]
    def __repr__(self):
        return ":" + self.name
a, b, c = Symbol("x"), Symbol("x"), Symbol("y")
print(a is b, a is c, [a, c], len(Symbol._cache))

# __init__ is skipped when __new__ returns an instance of an unrelated class, called for a subclass instance
class Parent:
    def __new__(cls, make_child=False):
        return super().__new__(Child if make_child else cls)
    def __init__(self, make_child=False):
        print("  init called on", type(self).__name__)
class Child(Parent):
    pass
Parent(True)
Parent(False)

# calling __init__ again re-initialises
o = OnlyInit(1)
o.__init__(99)
print(o.x, type(o).__init__ is OnlyInit.__init__)
