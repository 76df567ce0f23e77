# obj.__dict__ = d shares d; del obj.__dict__; __class__, __name__, __qualname__, __module__,
# __doc__ and __bases__ assignment on classes, with CPython's errors.
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except (TypeError, AttributeError, ValueError) as e:
        print(label, type(e).__name__, e)

class C:
    pass
o = C()
d = {}
o.__dict__ = d
o.x = 1
print(d, o.__dict__ is d, o.__dict__ is o.__dict__, vars(o) is d)
d["y"] = 2
print(o.y, sorted(vars(o)))
old = o.__dict__
o.__dict__ = {"b": 2}
print(vars(o), hasattr(o, "x"), o.b, old)
attempt("dict int", lambda: setattr(o, "__dict__", 5))
attempt("dict list", lambda: setattr(o, "__dict__", [("a", 1)]))
class DictSub(dict):
    pass
o.__dict__ = DictSub(z=26)
print(o.z, vars(o))
del o.__dict__
print(vars(o), hasattr(o, "z"))
o.again = 1
print(vars(o))
class Slotted:
    __slots__ = ("a",)
attempt("slots dict", lambda: setattr(Slotted(), "__dict__", {}))

def f():
    pass
f.__dict__ = {"tag": 3}
print(f.tag, f.__dict__)
attempt("func dict", lambda: setattr(f, "__dict__", 1))

# __class__ assignment
class Cat:
    def speak(self):
        return "meow"
class Dog:
    def speak(self):
        return "woof"
pet = Cat()
pet.name = "rex"
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, pet.name, isinstance(pet, Cat))
attempt("class int", lambda: setattr(pet, "__class__", int))
attempt("class non-type", lambda: setattr(pet, "__class__", 5))
attempt("class slots", lambda: setattr(pet, "__class__", Slotted))

# class attribute assignment
attempt("name int", lambda: setattr(C, "__name__", 5))
attempt("qualname int", lambda: setattr(C, "__qualname__", 5))
attempt("name nul", lambda: setattr(C, "__name__", "a\0b"))
attempt("builtin name", lambda: setattr(int, "__name__", "x"))
C.__module__ = "mod"
C.__doc__ = "doc"
print(C.__module__, C.__doc__, C.__dict__["__module__"], repr(C))
for name in ("__name__", "__qualname__", "__doc__", "__module__", "__bases__", "__mro__", "__dict__"):
    attempt("del " + name, lambda: delattr(C, name))
attempt("set mro", lambda: setattr(C, "__mro__", ()))
attempt("set dict", lambda: setattr(C, "__dict__", {}))
attempt("set base", lambda: setattr(C, "__base__", object))

# __bases__ assignment
class B1:
    def who(self):
        return "B1"
class B2:
    def who(self):
        return "B2"
class X(B1):
    pass
class Y(X):
    pass
y = Y()
print(y.who(), [k.__name__ for k in Y.__mro__])
X.__bases__ = (B2,)
print(y.who(), [k.__name__ for k in Y.__mro__], issubclass(Y, B2), issubclass(Y, B1))
print(X.__bases__ == (B2,), X.__base__ is B2, [k.__name__ for k in B2.__subclasses__()], B1.__subclasses__())
attempt("bases int", lambda: setattr(X, "__bases__", (5,)))
attempt("bases list", lambda: setattr(X, "__bases__", [B1]))
attempt("bases empty", lambda: setattr(X, "__bases__", ()))
attempt("bases cycle", lambda: setattr(X, "__bases__", (Y,)))
attempt("bases self", lambda: setattr(X, "__bases__", (X,)))
attempt("bases dup", lambda: setattr(X, "__bases__", (B1, B1)))
attempt("bases int type", lambda: setattr(X, "__bases__", (int,)))
attempt("bases object", lambda: setattr(X, "__bases__", (object,)))
attempt("bases slots", lambda: setattr(X, "__bases__", (Slotted,)))
attempt("bases builtin", lambda: setattr(int, "__bases__", (object,)))
X.__bases__ = (B1, B2)
print(y.who(), [k.__name__ for k in Y.__mro__])
