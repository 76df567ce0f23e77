# Data vs non-data descriptors, __set_name__ timing, __delete__, and lookup precedence.
log = []

class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        log.append(("set_name", owner.__name__, name))
        self.public = name
        self.private = "_f_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return "Field<%s on %s>" % (self.public, owner.__name__)
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        log.append(("set", self.public, value))
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        log.append(("delete", self.public))
        if not hasattr(obj, self.private):
            raise AttributeError("no value for " + self.public)
        delattr(obj, self.private)

class Record:
    name = Field("anon")
    size = Field(0)
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

print(log)
log.clear()
r = Record(name="disk", size=10)
print(r.name, r.size, Record.name, Record.size)
r.size += 5
print(r.size, sorted(vars(r)))
del r.size
print(r.size)
try:
    del r.size
except AttributeError as e:
    print(type(e).__name__, e)
print(log)

# __set_name__ is also called by type() and for descriptors added to a metaclass-built class
log.clear()
Dyn = type("Dyn", (), {"a": Field(1), "b": Field(2)})
print(log, Dyn().a, Dyn().b)

# a descriptor defined only with __get__ loses to the instance dict
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Circle:
    calls = 0
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        "approximate area"
        Circle.calls += 1
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, Circle.calls, "area" in vars(c), Circle.area.__doc__)

# only __set__ (no __get__): it is still a data descriptor for setting, reading gives the descriptor
class WriteOnly:
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value * 2
class W:
    w = WriteOnly()
w = W()
w.w = 21
print(w.seen, type(w.w).__name__, "w" in vars(w))
w.__dict__["w"] = "instance wins when no __get__"
print(w.w)

# only __delete__ makes a data descriptor too
class DelOnly:
    def __get__(self, obj, owner=None):
        return "from DelOnly"
    def __delete__(self, obj):
        print("DelOnly.__delete__")
class Dx:
    d = DelOnly()
dx = Dx()
try:
    dx.d = 5
except AttributeError as e:
    print(type(e).__name__, e)
del dx.d
print(dx.d)

# descriptors on the metaclass apply to the class
class MetaField:
    def __get__(self, cls, meta=None):
        return "meta-level for " + (cls.__name__ if cls is not None else "None")
class Meta(type):
    info = MetaField()
class UsesMeta(metaclass=Meta):
    pass
print(UsesMeta.info)
try:
    UsesMeta().info
except AttributeError as e:
    print(type(e).__name__, e)

# __set_name__ errors are reported as-is (3.11 no longer wraps them)
class BadName:
    def __set_name__(self, owner, name):
        raise ValueError("refusing " + name)
try:
    class Holder:
        x = BadName()
except Exception as e:
    print(type(e).__name__, e)

# builtin descriptors
print(type(Record.__dict__["__init__"]).__name__, type(Circle.__dict__["area"]).__name__)
print(Record.__init__.__get__(r, Record).__self__ is r)
print(property.__get__(property(lambda s: 7), r, Record))
