# isinstance() with a metaclass derived from type: type.__instancecheck__ answers by the
# class hierarchy without asking the metaclass again, whether or not it overrides the hook.
class Meta(type):
    pass
class A(metaclass=Meta):
    pass
class B(A):
    pass
class C(B):
    __slots__ = ("v",)
print(isinstance(B(), A), isinstance(C(), A), isinstance(A(), B), isinstance(3, A))
print(isinstance(C(), (int, B)), isinstance("s", (int, A)), issubclass(C, A), issubclass(int, A))
print(Meta.__instancecheck__(A, B()), type.__instancecheck__(A, C()), type.__instancecheck__(B, 1))

class Loud(type):
    def __instancecheck__(cls, obj):
        print("  check", cls.__name__, type(obj).__name__)
        return super().__instancecheck__(obj)
class L(metaclass=Loud):
    pass
class L2(L):
    pass
print(isinstance(L2(), L))
print(isinstance(L(), L))
print(isinstance(1, L))
print(isinstance(L2(), (int, L)))

class Always(type):
    def __instancecheck__(cls, obj):
        return obj == "yes"
class Y(metaclass=Always):
    pass
print(isinstance("yes", Y), isinstance("no", Y), isinstance(Y(), Y))

# except clauses go through the same check.
class ErrMeta(type):
    pass
class AppError(Exception, metaclass=ErrMeta):
    pass
class DbError(AppError):
    pass
try:
    raise DbError("db down")
except AppError as e:
    print("caught", type(e).__name__, e)
try:
    raise KeyError("k")
except (AppError, KeyError) as e:
    print("caught", type(e).__name__, e)

# A registry-style model base with re-declared slots in subclasses.
class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        ns["__slots__"] = ("_values",)
        return super().__new__(mcs, name, bases, ns)
class Model(metaclass=ModelMeta):
    def __init__(self):
        self._values = {}
class User(Model):
    pass
class Admin(User):
    pass
a = Admin()
print(isinstance(a, User), isinstance(a, Model), isinstance(User(), Admin), a._values)
print([isinstance(x, User) for x in (Model(), User(), Admin(), None)])
