# Assigning a function's __code__, __defaults__, __kwdefaults__, __name__, __qualname__
# (and deleting them), with CPython's type and free-variable checks.


def f(a, b=2):
    return ("f", a, b)


def g(a, b=3):
    return ("g", a, b)


f.__code__ = g.__code__
print(f(1), f.__code__ is g.__code__, f.__name__, "__code__" in f.__dict__)
for bad in (5, None, g):
    try:
        f.__code__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del f.__code__
except TypeError as e:
    print(type(e).__name__, e)


def make_closure():
    x = 10

    def h():
        return x

    return h


h = make_closure()
for target, source in ((f, h), (h, g)):
    try:
        target.__code__ = source.__code__
    except ValueError as e:
        print(type(e).__name__, e)
h2 = make_closure()
h2.__code__ = h.__code__
print(h2())


def gen():
    yield 1
    yield 2


def plain():
    return "plain"


plain.__code__ = gen.__code__
print(type(plain()).__name__, list(plain()))

f.__defaults__ = (9,)
print(f(1), f.__defaults__)
for bad in ([1], 3, "ab"):
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
f.__defaults__ = None
print(f.__defaults__)
del f.__defaults__
print(f.__defaults__)


def k(*, a=1, b=2):
    return a, b


k.__kwdefaults__ = {"a": 5, "b": 6}
print(k(), k.__kwdefaults__)
try:
    k.__kwdefaults__ = [("a", 1)]
except TypeError as e:
    print(type(e).__name__, e)
del k.__kwdefaults__
print(k.__kwdefaults__)
try:
    k()
except TypeError as e:
    print(type(e).__name__, e)

f.__name__ = "renamed"
f.__qualname__ = "Outer.renamed"
print(f.__name__, f.__qualname__)
for attr in ("__name__", "__qualname__"):
    try:
        setattr(f, attr, 3)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        delattr(f, attr)
    except TypeError as e:
        print(type(e).__name__, e)
del f.__doc__, f.__module__
print(f.__doc__, f.__module__)
for attr in ("__globals__", "__closure__"):
    try:
        setattr(f, attr, {})
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del f.__dict__
except TypeError as e:
    print(type(e).__name__, e)
f.extra = 1
del f.extra
try:
    del f.extra
except AttributeError as e:
    print(type(e).__name__, e)


class Name(str):
    pass


class Defaults(tuple):
    pass


def sub(a=1):
    return a


sub.__name__ = Name("subclassed")
sub.__defaults__ = Defaults((7,))
print(sub.__name__, sub(), sub.__defaults__ == (7,))
