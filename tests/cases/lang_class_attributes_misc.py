class Base:
    "Base docstring"
    kind = "base"
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f"{type(self).__name__}({self.v}) kind={self.kind}"
class Child(Base):
    kind = "child"
print(Base.__doc__, Child.__doc__, Base.__name__, Base.__qualname__, Base.__module__)
print(Child(1).describe(), Child.__base__.__name__, Child.__bases__, Base.__subclasses__())
c = Child(2)
c.kind = "instance"
print(c.describe(), Child.kind, c.__class__.__name__, c.__dict__)
del c.kind
print(c.kind)
Child.kind = "patched"
print(c.kind, Base.kind)
Base.extra = lambda self: "extra " + str(self.v)
print(c.extra())
class Outer:
    class Inner:
        pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer().method().__qualname__, Outer.method.__qualname__)
c.__class__ = Base
print(type(c).__name__, c.describe())
print(isinstance(c, Base), type(c) is Base)
class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, x):
        print("init", x)
w = WithNew(5)
print(w.created)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(ReturnsOther())
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
