# dir(): what it lists for classes, instances, slots, builtins and modules; user __dir__
# results (sorted, duplicates kept, any iterable); read-only data attributes of numbers.
import sys

class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    """Child doc."""
    def __init__(self):
        self.mine = 2

class Slotted(Base):
    __slots__ = ("x", "y")

class Strict:
    __slots__ = ("only",)

c = Child()
for name in ("__class__", "__dict__", "__weakref__", "__module__", "__doc__", "__init__", "mine", "base_attr"):
    print(name, name in dir(c), name in dir(Child))
print([n for n in dir(Slotted) if not n.startswith("__")], "__dict__" in dir(Slotted))
print([n for n in dir(Strict) if not n.startswith("__")], "__dict__" in dir(Strict), "__weakref__" in dir(Strict()))
print(c.__weakref__, Child.__doc__, c.__doc__, Base().__doc__)
print("mro" in dir(Child), "mro" in dir(type), "__mro__" in dir(type), "__name__" in dir(Child))

# every listed name is an attribute
for obj in (c, 5, True, 2.5, 3j, "s", [], {}, range(2), slice(1, 2), None, len, sys,
            (x for x in ()), ValueError("v"), Child.base_method, c.base_method, property()):
    listed = dir(obj)
    print(type(obj).__name__, listed == sorted(listed), [n for n in listed if not hasattr(obj, n)])

print([n for n in dir(int) if n in ("bit_length", "conjugate", "denominator", "imag", "numerator", "real")])
print([n for n in dir(3.5) if n in ("real", "imag", "numerator")], "real" in dir(bool))
print([n for n in dir(2j) if not n.startswith("_")])
print([n for n in dir(slice(1)) if not n.startswith("_")], [n for n in dir(range(1)) if not n.startswith("_")])
def f(a, b=2):
    return a
print([n for n in dir(f) if n in ("__code__", "__defaults__", "__globals__", "__name__", "__closure__")])
print([n for n in dir(f.__code__) if n in ("co_name", "co_varnames", "co_argcount", "co_flags")])
print([n for n in dir(ValueError("x")) if not n.startswith("__") or n in ("__cause__", "__traceback__")])

class Custom:
    def __dir__(self):
        return ["b", "a", "a", "c"]
class FromTuple:
    def __dir__(self):
        return ("z", "y")
class FromGen:
    def __dir__(self):
        return (n for n in "cab")
print(dir(Custom()), dir(FromTuple()), dir(FromGen()))
class Mixed:
    def __dir__(self):
        return ["a", 1]
class NotIterable:
    def __dir__(self):
        return 5
for bad in (Mixed(), NotIterable()):
    try:
        print(dir(bad))
    except TypeError as e:
        print("TypeError", e)
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError", e)

def scope():
    z = 1
    a = 2
    return dir()
print(scope())

# data attributes of numbers are read-only
for action in (lambda: setattr(5, "real", 1), lambda: delattr(5, "real"), lambda: setattr(True, "numerator", 0),
               lambda: setattr(1.5, "imag", 1.0),
               lambda: setattr(5, "other", 1), lambda: delattr(5, "other")):
    try:
        action()
        print("accepted")
    except AttributeError as e:
        print("AttributeError", e)
class MyInt(int):
    pass
print(MyInt(7).real, type(MyInt(7).numerator).__name__, (2 ** 80).denominator, True.imag, (-3).numerator)
