# Subclasses of property: __set_name__, __init__ run again, the copies keep the class;
# and __isabstractmethod__.


class Named(property):
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        super().__set_name__(owner, name)
        self.name = name


class Thing:
    @Named
    def size(self):
        "the size"
        return 10

    @size.setter
    def size(self, value):
        print("setting", value)


t = Thing()
print(t.size, type(Thing.size).__name__, Thing.size.name, Thing.size.__doc__)
t.size = 5
print(isinstance(Thing.size, property), Thing.size.fget.__name__)
try:
    del t.size
except AttributeError as e:
    print("AttributeError", e)


class Logged(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        print("Logged init", fget is not None, fset is not None)
        super().__init__(fget, fset, fdel, doc)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        print("get via", type(self).__name__)
        return super().__get__(obj, owner)


class Box:
    @Logged
    def content(self):
        return "gift"


b = Box()
print(b.content)
copy = Box.content.setter(lambda self, v: None)
print(type(copy).__name__, copy.__doc__, vars(Box.content))


class Cached(property):
    def __init__(self, func):
        super().__init__(func)
        self.calls = 0


def compute(self):
    "computed"
    return 7


c = Cached(compute)
print(c.__get__(Box(), Box), c.calls, c.__doc__, c.__dict__)


# __isabstractmethod__ is true when any of the functions is abstract.
def abstract(self):
    pass


abstract.__isabstractmethod__ = True
print(property(abstract).__isabstractmethod__, property(len).__isabstractmethod__,
      property(None, abstract).__isabstractmethod__, Named(abstract).__isabstractmethod__)
print(property().__isabstractmethod__)
