# super() zero-argument and two-argument forms, in methods, classmethods and cooperative chains.
class Base:
    def greet(self):
        return "Base.greet"
    @classmethod
    def make(cls):
        return "Base.make(%s)" % cls.__name__
    @property
    def kind(self):
        return "base-kind"
    def __repr__(self):
        return "<%s>" % type(self).__name__

class Mid(Base):
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def make(cls):
        return "Mid>" + super().make()
    @property
    def kind(self):
        return "mid+" + super().kind

class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super(Leaf, self).greet()
    def skip(self):
        return super(Mid, self).greet()
    @classmethod
    def make(cls):
        return "Leaf>" + super(Leaf, cls).make()

leaf = Leaf()
print(leaf.greet())
print(leaf.skip())
print(Leaf.make(), Mid.make())
print(leaf.kind)
print(super(Leaf, leaf).greet())
print(super(Mid, Leaf).make())

sp = super(Leaf, leaf)
print(type(sp).__name__, sp.__thisclass__.__name__, sp.__self_class__.__name__, sp.__self__ is leaf)
unbound = super(Leaf)
print(type(unbound).__name__, unbound.__self__)

try:
    super(Leaf, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)

def outside():
    return super().greet()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)

class NoSuchAttr(Base):
    def go(self):
        return super().missing
try:
    NoSuchAttr().go()
except AttributeError as e:
    print(type(e).__name__, e)

# cooperative __init__ with keyword passing
class Shape:
    def __init__(self, **kw):
        self.log = ["Shape" + (str(sorted(kw)) if kw else "")]
class Colored(Shape):
    def __init__(self, color, **kw):
        super().__init__(**kw)
        self.color = color
        self.log.append("Colored")
class Sized(Shape):
    def __init__(self, size, **kw):
        super().__init__(**kw)
        self.size = size
        self.log.append("Sized")
class Box(Colored, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Box")
b = Box(color="red", size=3)
print(b.log, b.color, b.size)
try:
    Box(color="red", size=3, weight=1)
except TypeError as e:
    print(type(e).__name__, e)

# super() inside a nested function needs explicit args; the __class__ cell
class Cell:
    def method(self):
        return __class__.__name__
    def inner(self):
        def f():
            return super(Cell, self).__repr__().startswith("<")
        return f()
print(Cell().method(), Cell().inner())

# super() with __getattr__ on the target does not see it
class WithGetattr:
    def __getattr__(self, name):
        return "dyn:" + name
class Child(WithGetattr):
    def look(self):
        try:
            return super().anything
        except AttributeError as e:
            return "AttributeError " + str(e)
print(Child().look(), Child().anything)

# super in __init_subclass__ and __new__
class Tracked:
    made = []
    def __new__(cls, *a):
        obj = super().__new__(cls)
        Tracked.made.append(cls.__name__)
        return obj
    def __init__(self, *a):
        self.a = a
class T2(Tracked):
    pass
t = T2(1, 2)
print(Tracked.made, t.a)
