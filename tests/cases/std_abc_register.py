# abc: virtual subclasses with register, __subclasshook__, caches and errors.
import abc
from abc import ABC, abstractmethod


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        pass


class Sprite:
    def draw(self):
        return "sprite"


print(issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable))
token = abc.get_cache_token()
result = Drawable.register(Sprite)
print(result is Sprite, abc.get_cache_token() > token)
print(issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable))
print(Drawable in Sprite.__mro__)


class SubSprite(Sprite):
    pass


print(issubclass(SubSprite, Drawable), isinstance(SubSprite(), Drawable))


@Drawable.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, Drawable))
print(Drawable.register(Sprite) is Sprite)

try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError", e)


class Child(Drawable):
    def draw(self):
        return "child"


try:
    Child.register(Drawable)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    issubclass(3, Drawable)
except TypeError as e:
    print("TypeError", e)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class WithLen:
    def __len__(self):
        return 0


print(issubclass(list, Sized), issubclass(WithLen, Sized), isinstance(WithLen(), Sized))
print(issubclass(int, Sized), isinstance(3, Sized))


class MoreSized(Sized):
    pass


print(issubclass(WithLen, MoreSized), issubclass(list, MoreSized))


class Vetoed(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Inherits(Vetoed):
    pass


print(issubclass(Inherits, Vetoed))

# Registration inside a hierarchy, and tuple checks.
class Base(ABC):
    pass


class Mid(Base):
    pass


class Outside:
    pass


Mid.register(Outside)
print(issubclass(Outside, Mid), issubclass(Outside, Base), isinstance(Outside(), (int, Base)))
print(issubclass(Base, Mid), issubclass(Mid, Base))
print(isinstance(Outside(), Drawable), isinstance(5, (Drawable, int)))
