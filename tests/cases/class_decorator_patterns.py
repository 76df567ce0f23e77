# Class decorators: registries, adding methods, wrapping __init__, decorators with arguments,
# stacking order, and returning a different object.
registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

def with_repr(cls):
    fields = list(cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount])
    def __repr__(self):
        inner = ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields)
        return "%s(%s)" % (type(self).__name__, inner)
    cls.__repr__ = __repr__
    cls.fields = tuple(fields)
    return cls

def ordered_by(*keys):
    def deco(cls):
        def key(self):
            return tuple(getattr(self, k) for k in keys)
        cls.__lt__ = lambda a, b: key(a) < key(b)
        cls.__eq__ = lambda a, b: key(a) == key(b)
        cls.__hash__ = lambda a: hash(key(a))
        return cls
    return deco

def trace_init(cls):
    original = cls.__init__
    def __init__(self, *args, **kw):
        print("init", cls.__name__, args, kw)
        original(self, *args, **kw)
    __init__.__name__ = original.__name__
    cls.__init__ = __init__
    return cls

@register
@ordered_by("last", "first")
@trace_init
@with_repr
class Person:
    def __init__(self, first, last, age=0):
        self.first = first
        self.last = last
        self.age = age

people = [Person("Ada", "Lovelace", 36), Person("Alan", "Turing", age=41), Person("Grace", "Hopper")]
print(sorted(people))
print(Person.fields, registry["person"] is Person, Person.__init__.__name__)
print(Person("Ada", "Lovelace") == people[0], len({people[0], Person("Ada", "Lovelace")}))

# stacking order is bottom-up
order = []
def tag(label):
    def deco(cls):
        order.append(label)
        cls.tags = getattr(cls, "tags", ()) + (label,)
        return cls
    return deco

@tag("outer")
@tag("middle")
@tag("inner")
class Tagged:
    pass
print(order, Tagged.tags)

# a decorator may replace the class by something else entirely
def singleton(cls):
    return cls()

@singleton
class settings:
    debug = False
    def toggle(self):
        self.debug = not self.debug
        return self.debug
print(type(settings).__name__, settings.toggle(), settings.toggle())

# decorating with a class (callable) and a lambda
class Counter:
    def __init__(self, cls):
        self.cls = cls
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.cls(*a)

@Counter
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p1, p2 = Point(1, 2), Point(3, 4)
print(type(Point).__name__, Point.count, p2.x + p1.y)

@(lambda c: type(c.__name__ + "X", (c,), {"extra": True}))
class Base:
    pass
print(Base.__name__, Base.extra, Base.__mro__[1].__name__)

# decorator applied after the class body ran: __set_name__ and __init_subclass__ already happened
class Hook:
    def __init_subclass__(cls):
        print("subclass hook", cls.__name__, hasattr(cls, "decorated"))
def mark(cls):
    cls.decorated = True
    return cls
@mark
class Late(Hook):
    pass
print(Late.decorated)

# errors from a decorator propagate and the name is never bound
def reject(cls):
    raise ValueError("rejected " + cls.__name__)
try:
    @reject
    class Nope:
        pass
except ValueError as e:
    print(type(e).__name__, e, "Nope" in globals())
