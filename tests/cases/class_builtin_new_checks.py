# Each builtin type has its own __new__, which checks the class it is asked to build.


def attempt(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("int(bool)", lambda: int.__new__(bool, 1))
attempt("tuple(list)", lambda: tuple.__new__(list))
attempt("object(int)", lambda: object.__new__(int))
attempt("object(list)", lambda: object.__new__(list))
attempt("int(5)", lambda: int.__new__(5))
attempt("int()", lambda: int.__new__())
attempt("object()", lambda: object.__new__())
attempt("int(str)", lambda: int.__new__(str))
attempt("float(int)", lambda: float.__new__(int))
attempt("bool(int)", lambda: bool.__new__(int))
attempt("type(int)", lambda: type.__new__(int))
attempt("int ok", lambda: int.__new__(int, "12"))
attempt("str ok", lambda: str.__new__(str, 5))
attempt("tuple ok", lambda: tuple.__new__(tuple, [1, 2]))
attempt("list ignores args", lambda: list.__new__(list, 1, 2, 3))
attempt("dict ignores args", lambda: dict.__new__(dict, 1, 2, 3))
attempt("frozenset ok", lambda: frozenset.__new__(frozenset, [1]))
attempt("complex ok", lambda: complex.__new__(complex, 1, 2))
attempt("int too many", lambda: int.__new__(int, 1, 2, 3))

print("__new__" in int.__dict__, "__new__" in str.__dict__, "__new__" in bool.__dict__)
print(str.__new__ is object.__new__, int.__new__ is bool.__new__)
print(int.__dict__["__new__"] is int.__new__, (5).__new__ is int.__new__)
print(type(int.__new__).__name__, int.__new__.__name__, int.__new__.__qualname__)
print(int.__new__.__self__, tuple.__new__.__self__, repr(int.__new__).split(" at ")[0])


class Plain:
    pass


class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v + 1)


class KeepInt(int):
    pass


class MyStr(str):
    def __new__(cls, v):
        return str.__new__(cls, v * 2)


class MyTuple(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)


class MyList(list):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)


class MyDict(dict):
    def __new__(cls, *a, **k):
        return super().__new__(cls)


class MyFloat(float):
    def __new__(cls, x):
        return float.__new__(cls, x)


class MyError(ValueError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)


attempt("MyInt", lambda: MyInt(3))
attempt("MyStr", lambda: MyStr("ab"))
attempt("MyTuple", lambda: MyTuple(1, 2))
attempt("MyList", lambda: MyList([1, 2]))
attempt("MyDict", lambda: MyDict(a=1))
attempt("MyFloat", lambda: MyFloat("1.5"))
attempt("MyError", lambda: MyError(1, 2).args)
attempt("int(MyInt)", lambda: int.__new__(MyInt, 7))
attempt("int(KeepInt)", lambda: int.__new__(KeepInt, 8))
attempt("int(Plain)", lambda: int.__new__(Plain))
attempt("object(MyInt)", lambda: object.__new__(MyInt))
attempt("object(KeepInt)", lambda: object.__new__(KeepInt))
attempt("object(MyFloat)", lambda: object.__new__(MyFloat))
attempt("object(ValueError)", lambda: object.__new__(ValueError))
attempt("int(MyFloat)", lambda: int.__new__(MyFloat))
attempt("float(MyFloat)", lambda: float.__new__(MyFloat, 2))
attempt("object(Plain)", lambda: type(object.__new__(Plain)).__name__)
print(KeepInt.__new__ is int.__new__, MyInt.__new__ is int.__new__)


class Meta(type):
    pass


attempt("type one arg", lambda: type.__new__(type, 5))
attempt("type no arg", lambda: type.__new__(type))
attempt("type four args", lambda: type.__new__(type, "A", (), {}, 1))
attempt("metaclass one arg", lambda: Meta(5))
attempt("metaclass new", lambda: type.__new__(Meta, "Q", (), {}).__name__)
attempt("type call", lambda: type(5))
