# collections.abc's Sequence and Mapping mark their subclasses and registered classes for
# match patterns without a visible __abc_tpflags__ class attribute.
import abc
import collections.abc as cabc


def kind(x):
    match x:
        case {}:
            return "mapping"
        case [*_]:
            return "sequence"
        case _:
            return "other"


for cls in (cabc.Mapping, cabc.MutableMapping, cabc.Sequence, cabc.MutableSequence):
    print(cls.__name__, "__abc_tpflags__" in vars(cls), hasattr(cls, "__abc_tpflags__"))


class M(cabc.Mapping):
    def __getitem__(self, k):
        raise KeyError(k)

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


class Plain:
    pass


class X(Plain, cabc.Mapping):
    __getitem__ = M.__getitem__
    __iter__ = M.__iter__
    __len__ = M.__len__


class Both(cabc.Sequence, cabc.Mapping):
    __getitem__ = M.__getitem__
    __iter__ = M.__iter__
    __len__ = M.__len__


print("M", kind(M()), "__abc_tpflags__" in vars(M), hasattr(M, "__abc_tpflags__"))
print("X", kind(X()), "Both", kind(Both()))


class R:
    def __getitem__(self, i):
        raise IndexError(i)

    def __len__(self):
        return 0


class Before(R):
    pass


print("unregistered", kind(R()))
cabc.Sequence.register(R)


class After(R):
    pass


print(kind(R()), kind(Before()), kind(After()))
print("__abc_tpflags__" in vars(R), hasattr(R, "__abc_tpflags__"))
cabc.Mapping.register(R)
print("re-registered", kind(R()), kind(Before()), kind(After()))


class Own:
    __abc_tpflags__ = 1 << 5


print("no ABCMeta", kind(Own()), "__abc_tpflags__" in vars(Own))


class Own2(metaclass=abc.ABCMeta):
    __abc_tpflags__ = 1 << 5

    def __getitem__(self, i):
        raise IndexError(i)

    def __len__(self):
        return 0


print("ABCMeta", kind(Own2()), "__abc_tpflags__" in vars(Own2))


class MyList(list):
    pass


cabc.Mapping.register(MyList)
print("list subclass", kind(MyList()))
cabc.Mapping.register(list)
print("list", kind([]), kind(()), kind({}))
print(isinstance([], cabc.Mapping), isinstance(R(), cabc.Sequence))
