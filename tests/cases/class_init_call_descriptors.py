# __init__ and __call__ that are not plain functions (partialmethod, staticmethod,
# classmethod, a callable object) are bound as obj.__init__ / obj.__call__ would be.
import functools

class A:
    def _setup(self, a, b=0):
        self.a = a
        self.b = b
    __init__ = functools.partialmethod(_setup, b=5)
print(vars(A(1)), vars(A(2, b=3)))

class B:
    @staticmethod
    def __init__(*args):
        print("static __init__ got", len(args), "arguments")
B(1, 2)

class Hook:
    def __call__(self, *a):
        print("callable-object __init__ got", a)
class C:
    __init__ = Hook()
C(1)

class Wrapped:
    def __init__(self):
        self.x = 1
    __init__ = functools.wraps(__init__)(lambda self: setattr(self, "y", 2))
print(vars(Wrapped()), Wrapped.__init__.__name__)

class D:
    def __call__(self, x):
        return ("method", x)
class E:
    __call__ = staticmethod(lambda *a: ("static", len(a)))
class F:
    __call__ = classmethod(lambda cls, *a: ("classmethod", cls.__name__, a))
class G:
    __call__ = functools.partialmethod(lambda self, tag, x: (tag, x), "partial")
class H:
    __call__ = Hook()
print(D()(1), E()(1, 2), F()(3), G()(4))
H()(5)
print(callable(E()), callable(F()), callable(H()))
try:
    E.__call__ = "not callable"
    E()(1)
except TypeError as e:
    print("TypeError:", e)
