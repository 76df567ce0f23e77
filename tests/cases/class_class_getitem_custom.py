# __class_getitem__ on user classes: implicit classmethod, return values, inheritance, errors.
class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else repr(item))

print(Box[int], Box["x"], Box[1, 2], Box[int, str] if False else Box[(int, str)])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class SubBox(Box):
    pass
print(SubBox[float])

class Typed:
    cache = {}
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        key = (cls, params)
        if key not in cls.cache:
            name = "%s[%s]" % (cls.__name__, ", ".join(p.__name__ for p in params))
            cls.cache[key] = type(name, (cls,), {"params": params})
        return cls.cache[key]
    def __init__(self, *values):
        for v, p in zip(values, getattr(self, "params", ())):
            if not isinstance(v, p):
                raise TypeError("expected %s, got %s" % (p.__name__, type(v).__name__))
        self.values = values

IntPair = Typed[int, int]
print(IntPair.__name__, IntPair.params == (int, int), IntPair is Typed[int, int], issubclass(IntPair, Typed))
print(IntPair(1, 2).values)
try:
    IntPair(1, "2")
except TypeError as e:
    print(type(e).__name__, e)
print(Typed[str].__name__, len(Typed.cache))

# instances are not subscriptable through __class_getitem__
try:
    Box()[int]
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

# __getitem__ on the metaclass takes priority over __class_getitem__
class Meta(type):
    def __getitem__(cls, item):
        return "Meta.__getitem__ %s" % (item,)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(Both[3])

# __class_getitem__ as an explicit classmethod also works
class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Explicit[5], Explicit[:2])

# builtin generic aliases
alias = list[int]
print(alias, alias.__origin__ is list, alias.__args__, dict[str, list[int]])
print(tuple[int, ...], type[int], list[int]([1, 2]))
print(list[int] == list[int], list[int] == list[str])
