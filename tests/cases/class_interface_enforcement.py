# Enforcing interfaces without the abc module: a metaclass that records abstract methods
# (marked by a decorator), refuses instantiation while any remain, reports them sorted,
# supports abstract properties and classmethods, and a virtual-subclass registry via
# __instancecheck__/__subclasscheck__ on the metaclass.
def abstract(fn):
    fn.__is_abstract__ = True
    return fn

class InterfaceMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        missing = set()
        for base in cls.__mro__:
            for attr, value in vars(base).items():
                target = value.fget if isinstance(value, property) else getattr(value, "__func__", value)
                if getattr(target, "__is_abstract__", False):
                    impl = getattr(cls, attr, None)
                    impl_target = impl.fget if isinstance(impl, property) else getattr(impl, "__func__", impl)
                    if getattr(impl_target, "__is_abstract__", False):
                        missing.add(attr)
        cls.__abstract__ = frozenset(missing)
        cls._virtual = set()
        return cls
    def __call__(cls, *args, **kw):
        if cls.__abstract__:
            raise TypeError("Can't instantiate abstract class %s with abstract methods %s"
                            % (cls.__name__, ", ".join(sorted(cls.__abstract__))))
        return super().__call__(*args, **kw)
    def register(cls, other):
        cls._virtual.add(other)
        return other
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))
    def __subclasscheck__(cls, sub):
        if any(v in sub.__mro__ for v in cls._virtual):
            return True
        return cls in getattr(sub, "__mro__", ())

class Shape(metaclass=InterfaceMeta):
    @abstract
    def area(self): ...
    @property
    @abstract
    def name(self): ...
    @classmethod
    @abstract
    def unit(cls): ...
    def describe(self):
        return "%s with area %.2f %s" % (self.name, self.area(), self.unit())

class HalfDone(Shape):
    def area(self):
        return 0.0

class Square(HalfDone):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    @property
    def name(self):
        return "square"
    @classmethod
    def unit(cls):
        return "m2"

for cls in (Shape, HalfDone, Square):
    print(cls.__name__, sorted(cls.__abstract__))
for cls, args in ((Shape, ()), (HalfDone, ()), (Square, (3,))):
    try:
        obj = cls(*args)
        print("created", obj.describe())
    except TypeError as e:
        print(type(e).__name__, e)

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
Shape.register(Circle)
print(isinstance(Circle(1), Shape), issubclass(Circle, Shape), isinstance(Square(1), Shape), isinstance(5, Shape))
class BigCircle(Circle):
    pass
print(issubclass(BigCircle, Shape), issubclass(int, Shape), Shape.__abstract__ == frozenset({"area", "name", "unit"}))
print(isinstance(Square(2), HalfDone), issubclass(Square, (int, Shape)), type(Square).__name__, Square.unit())
