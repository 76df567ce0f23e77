# Errors raised while matching: CPython's TypeError/ValueError messages for class and
# mapping patterns. The last one is not caught, so the traceback is checked too.

class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class IntArgs:
    __match_args__ = ("a", 1)
    a = 1


class Twice:
    __match_args__ = ("a",)
    a = 5


class One:
    __match_args__ = ("a",)
    a = 1


def attempt(label, f):
    try:
        f()
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def too_many_positional():
    match NoArgs():
        case NoArgs(1):
            pass


def match_args_not_tuple():
    match ListArgs():
        case ListArgs(1):
            pass


def match_args_not_str():
    match IntArgs():
        case IntArgs(1, 2):
            pass


def same_attribute_twice():
    match Twice():
        case Twice(1, a=2):
            pass


def builtin_two_positional():
    match 5:
        case int(x, y):
            pass


def plural():
    match One():
        case One(1, 2):
            pass


not_a_class = len


def call_non_type():
    match 1:
        case not_a_class():
            pass


class Keys:
    a = "same"
    b = "same"


def duplicate_runtime_key():
    match {"same": 1, "other": 2}:
        case {Keys.a: _, Keys.b: _}:
            pass


def isinstance_false_skips_checks():
    # The isinstance check comes first: no error about __match_args__.
    match "text":
        case ListArgs(1):
            pass
        case _:
            print("  str is not a ListArgs")


for name, f in list(globals().items()):
    if callable(f) and not isinstance(f, type) and name not in ("attempt", "not_a_class"):
        attempt(name, f)


class Shape:
    __match_args__ = ("sides",)


def area(s):
    match s:
        case Shape(3, 4):
            return 0


area(Shape())
