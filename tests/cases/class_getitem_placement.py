# Which classes have __class_getitem__, and the order of look-ups for C[key]:
# the metaclass's __getitem__ first, then the class's own __class_getitem__.

builtins_ = (list, dict, tuple, set, frozenset, type, int, str, bytes, enumerate, object)
print([t.__name__ for t in builtins_ if hasattr(t, "__class_getitem__")])
print([t.__name__ for t in builtins_ if "__class_getitem__" in t.__dict__])
print(type[int], type[int, str], list[int], dict[str, int], enumerate[int])
print(tuple[int, ...], frozenset[bytes], BaseExceptionGroup[ValueError])
print(type(list.__dict__["__class_getitem__"]).__name__)
print([].__class_getitem__(int), (1,).__class_getitem__(str))

for value in (b"x", 3, "s", object()):
    try:
        value.__class_getitem__
    except AttributeError as e:
        print(type(e).__name__, e)

for cls in (int, str, bytes, object):
    try:
        cls[int]
    except TypeError as e:
        print(type(e).__name__, e)


class Meta(type):
    pass


try:
    Meta[int]
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(Meta, "__class_getitem__"))


class Own:
    def __class_getitem__(cls, key):
        return ("own", cls.__name__, key)


class Child(Own):
    pass


print(Own[int], Child["k"], type(Own.__dict__["__class_getitem__"]).__name__)
print(Own.__class_getitem__(1), Own().__class_getitem__(2))


class GetMeta(type):
    def __getitem__(cls, key):
        return ("meta", cls.__name__, key)


class Both(metaclass=GetMeta):
    def __class_getitem__(cls, key):
        return ("class", key)


print(Both[1], Both.__class_getitem__(2))


class NoneGetitem:
    __class_getitem__ = None


class NotCallable:
    __class_getitem__ = 5


for cls in (NoneGetitem, NotCallable):
    try:
        cls[1]
    except TypeError as e:
        print(type(e).__name__, e)


class ListChild(list):
    pass


print(ListChild[int], hasattr(ListChild, "__class_getitem__"))
try:
    ListChild.__class_getitem__()
except TypeError as e:
    print(type(e).__name__, e)
