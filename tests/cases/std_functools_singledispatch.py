# functools.singledispatch / singledispatchmethod: register by class and by annotation,
# dispatch along the MRO and through ABCs, errors.
import functools
from collections.abc import Mapping, Sequence, Iterable


@functools.singledispatch
def describe(obj):
    return "object " + type(obj).__name__


@describe.register
def _(obj: int):
    return "int %d" % obj


@describe.register(float)
def _describe_float(obj):
    return "float %.1f" % obj


@describe.register(Sequence)
def _(obj):
    return "sequence of %d" % len(obj)


@describe.register(Mapping)
def _(obj):
    return "mapping with %s" % sorted(obj)


def describe_str(obj):
    return "str " + obj


describe.register(str, describe_str)


class Base:
    pass


class Child(Base):
    pass


@describe.register
def _(obj: Base):
    return "a Base (%s)" % type(obj).__name__


for value in [1, True, 2.5, "hi", [1, 2], (1,), {"b": 1, "a": 2}, {1, 2}, None, Base(),
              Child(), range(3)]:
    print(type(value).__name__, "->", describe(value))

print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(list).__name__)
print(describe.registry[float] is _describe_float, len(describe.registry), object in describe.registry)
print(describe.__name__, describe.__wrapped__.__name__)
describe._clear_cache()


class Special(Base):
    pass


print(describe(Special()))
describe.register(Special, lambda obj: "special!")
print(describe(Special()))

for attempt in [lambda: describe(), lambda: describe.register(5),
                lambda: describe.register(5, describe_str)]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError", e)
try:
    @describe.register
    def _(obj: 5):
        pass
except TypeError as e:
    print("TypeError", e)


class A:
    pass


class B:
    pass


@functools.singledispatch
def ambiguous(obj):
    return "base"


class RegA(metaclass=type(Iterable)):
    pass


class RegB(metaclass=type(Iterable)):
    pass


RegA.register(A)
RegB.register(A)
ambiguous.register(RegA, lambda obj: "RegA")
ambiguous.register(RegB, lambda obj: "RegB")
try:
    ambiguous(A())
except RuntimeError as e:
    print("RuntimeError", str(e).replace("__main__.", ""))
print(ambiguous(B()))


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return "generic %r" % (arg,)

    @fmt.register
    def _(self, arg: int):
        return "int %d" % arg

    @fmt.register(list)
    def _(self, arg):
        return "list " + ", ".join(self.fmt(x) for x in arg)


f = Formatter()
print(f.fmt(3), "|", f.fmt("s"), "|", f.fmt([1, "a"]))
print(Formatter.fmt.__name__)
