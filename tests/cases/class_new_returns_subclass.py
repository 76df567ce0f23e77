# A __new__ that hands back an instance of a subclass (a factory base class): the call
# then runs that subclass's __init__, as type.__call__ runs type(obj).__init__.
class Shape:
    registry = {}
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Shape.registry[kind] = cls
    def __new__(cls, kind=None, *args):
        if cls is Shape and kind in Shape.registry:
            return super().__new__(Shape.registry[kind])
        return super().__new__(cls)
    def __init__(self, kind=None, *args):
        print("  Shape.__init__", type(self).__name__, args)
        self.args = args

class Circle(Shape, kind="circle"):
    def __init__(self, kind=None, r=1):
        print("  Circle.__init__", r)
        super().__init__(kind, r)
        self.r = r

class Square(Shape, kind="square"):
    pass

class Tri(Shape, kind="tri"):
    def __init__(self, kind, a, b, c):
        super().__init__(kind, a, b, c)
        self.sides = (a, b, c)

for call in (lambda: Shape("circle", 5), lambda: Shape("square", 2), lambda: Shape("blob"),
             lambda: Circle(None, 3), lambda: Shape("tri", 3, 4, 5)):
    s = call()
    print(type(s).__name__, sorted(vars(s).items()))
try:
    Shape("tri", 1)
except TypeError as e:
    print("TypeError:", e)

# An instance of an unrelated class: no __init__ runs at all.
class Other:
    def __init__(self):
        print("  Other.__init__")
        self.x = 1
class Weird:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print("  Weird.__init__ (not run)")
w = Weird()
print(type(w).__name__, hasattr(w, "x"))

# An instance of a subclass without an __init__ of its own: the inherited one runs.
class Base:
    def __new__(cls, *a):
        return super().__new__(Leaf if cls is Base else cls)
    def __init__(self, *a):
        self.a = a
class Leaf(Base):
    pass
print(type(Base(1, 2)).__name__, Base(1, 2).a)

# __init__ returning something else is still an error on the subclass path.
class Bad(Shape, kind="bad"):
    def __init__(self, *a):
        return 5
try:
    Shape("bad")
except TypeError as e:
    print("TypeError:", e)

# __new__ set on the class afterwards (a plain function, or staticmethod), or wrapped in
# classmethod by mistake: all are looked up on the class and called with it first.
class Late:
    def __init__(self, *a):
        self.a = a
def late_new(cls, *a):
    print("  late_new", cls.__name__, a)
    return object.__new__(cls)
Late.__new__ = late_new
print(Late(1, 2).a, type(Late.__dict__["__new__"]).__name__)
Late.__new__ = staticmethod(late_new)
print(Late(3).a)
class ClsNew:
    @classmethod
    def __new__(cls, *a):
        return ("classmethod __new__", cls.__name__, len(a))
print(ClsNew(), ClsNew(1))
