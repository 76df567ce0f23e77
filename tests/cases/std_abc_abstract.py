# abc: abstract methods block instantiation with CPython's message; overriding lifts it.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def perimeter(self):
        pass

    @abstractmethod
    def area(self):
        "Area of the shape."

    @property
    @abstractmethod
    def name(self):
        pass

    def describe(self):
        return "%s: area %s, perimeter %s" % (self.name, self.area(), self.perimeter())


def attempt(cls, *args):
    try:
        obj = cls(*args)
        print("made", type(obj).__name__)
        return obj
    except TypeError as e:
        print("TypeError", e)


attempt(Shape)
print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)


class Partial(Shape):
    def area(self):
        return 1

    name = "partial"


attempt(Partial)
print(sorted(Partial.__abstractmethods__))


class Square(Partial):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side

    @property
    def name(self):
        return "square"


sq = attempt(Square, 3)
print(sq.describe(), Square.__abstractmethods__ == frozenset())
print(isinstance(sq, Shape), issubclass(Square, Shape), isinstance(Shape, ABCMeta))
print(type(Shape).__name__, Shape.area.__isabstractmethod__, Shape.area.__doc__)
print(getattr(Square.area, "__isabstractmethod__", False))


class WithMeta(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def build(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass


attempt(WithMeta)


class Old(ABC):
    @abc.abstractclassmethod
    def make(cls):
        pass

    @abc.abstractstaticmethod
    def util():
        pass

    @abc.abstractproperty
    def value(self):
        pass


attempt(Old)


class Mixed(ABC):
    @abstractmethod
    def only(self):
        pass


attempt(Mixed)


class Concrete(ABC):
    def method(self):
        return "fine"


print(attempt(Concrete).method())

# update_abstractmethods after patching the class.
class Late(ABC):
    @abstractmethod
    def run(self):
        pass


Late.run = lambda self: "ran"
attempt(Late)
abc.update_abstractmethods(Late)
print(attempt(Late).run())

# The metaclass passes keywords on to __init_subclass__.
class Plugin(ABC):
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind


class CsvPlugin(Plugin, kind="csv"):
    pass


print(CsvPlugin.kind, isinstance(CsvPlugin(), Plugin))
