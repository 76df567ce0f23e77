# Metaclass hooks in order: __prepare__, __new__, __init__, __call__; conflicts and inheritance.
events = []

class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Tracing(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        events.append("prepare " + name)
        return OrderedNS()
    def __new__(mcs, name, bases, ns, **kw):
        events.append("new %s %s" % (name, type(ns).__name__))
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.field_order = tuple(ns.order)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        events.append("init " + name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        events.append("call %s %r" % (cls.__name__, args))
        inst = super().__call__(*args, **kw)
        events.append("made " + type(inst).__name__)
        return inst

class Model(metaclass=Tracing):
    zeta = 1
    alpha = 2
    def method(self): pass
    mid = 3
    def __init__(self, x=0):
        events.append("Model.__init__")
        self.x = x

print(Model.field_order)
m = Model(7)
print(m.x, type(Model).__name__, type(m).__name__, isinstance(Model, Tracing))
for e in events:
    print(" ", e)
events.clear()

class Child(Model):
    beta = 1
print(Child.field_order, type(Child).__name__, events[:3])

# singleton via __call__
class Singleton(type):
    def __call__(cls, *a, **kw):
        if "_instance" not in cls.__dict__:
            cls._instance = super().__call__(*a, **kw)
        return cls._instance
class Config(metaclass=Singleton):
    def __init__(self):
        self.loaded = True
print(Config() is Config(), Config().loaded)

# __call__ returning something else skips __init__
class Factory(type):
    def __call__(cls, *a):
        return ("not an instance", cls.__name__, a)
class Thing(metaclass=Factory):
    def __init__(self, *a):
        print("never")
print(Thing(1, 2))

# metaclass conflict
class MA(type): pass
class MB(type): pass
class A(metaclass=MA): pass
class B(metaclass=MB): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

# the most derived metaclass wins
class MC(MA): pass
class C(metaclass=MC): pass
class AC(A, C): pass
print(type(AC).__name__)

# metaclass methods are visible on the class, not the instance
class WithMethods(type):
    def describe(cls):
        return "class " + cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Described(metaclass=WithMethods):
    pass
print(Described.describe(), Described.upper_name, hasattr(Described(), "describe"))

# a plain function as metaclass
def func_meta(name, bases, ns):
    ns["made_by"] = "func_meta"
    return type(name, bases, ns)
class FromFunc(metaclass=func_meta):
    pass
print(FromFunc.made_by, type(FromFunc).__name__)

# __prepare__ returning a non-mapping
class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42
try:
    class Oops(metaclass=BadPrepare):
        x = 1
except TypeError as e:
    print(type(e).__name__, e)

# type.__new__ argument checking
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", ())
except TypeError as e:
    print(type(e).__name__, e)
print(type(type), type(Tracing), Tracing.__mro__[1].__name__)
