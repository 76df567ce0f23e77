# A metaclass that does not hand __classcell__ on to type.__new__ fails at class creation
# (RuntimeError when the cell stays empty, TypeError when it holds another class), as in CPython.
class Drop(type):
    def __new__(m, name, bases, ns):
        ns2 = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(m, name, bases, ns2)
try:
    class A(metaclass=Drop):
        def f(self): return __class__
except RuntimeError as e:
    print("RuntimeError:", e)
except Exception as e:
    print(type(e).__name__, e)
class Keep(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, dict(ns))
class B(metaclass=Keep):
    def f(self): return __class__
print(B().f().__name__)
order = []
class D:
    def __set_name__(self, owner, name): order.append(("set_name", name))
class Base:
    def __init_subclass__(cls, **kw): order.append(("init_subclass", cls.__name__))
class C(Base):
    x = D()
    y = D()
print(order)
T = type("T", (), {"__qualname__": "Outer.T", "__module__": "mymod", "__doc__": "tdoc"})
print(T.__qualname__, T.__module__, T.__doc__, repr(T))
try:
    type("U", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
class E(metaclass=Meta):
    def __init__(self, v): self.v = v
e = E(3); print(e.v, e.created_by_meta)
class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Single):
    def __init__(self, x): self.x = x
print(Conf(1) is Conf(2), Conf(3).x)
class WithSlotsDefault:
    __slots__ = ("a",)
    def __init__(self): pass
w = WithSlotsDefault()
try:
    print(w.a)
except AttributeError as e:
    print("AttributeError:", e)
class Swap(type):
    def __new__(m, name, bases, ns):
        cell = ns.get("__classcell__")
        other = type.__new__(m, name + "Other", bases, dict(ns))
        ns2 = dict(ns); ns2.pop("__classcell__", None)
        return type.__new__(m, name, bases, ns2)
try:
    class F(metaclass=Swap):
        def g(self): return __class__
except TypeError as e:
    print("TypeError:", e)
class NoCell(type):
    def __new__(m, name, bases, ns):
        return type.__new__(m, name, bases, {k: v for k, v in ns.items() if k != "__classcell__"})
class G(metaclass=NoCell):
    def g(self): return 1
print(G().g())
class NotType(type):
    def __new__(m, name, bases, ns):
        return 42
class H(metaclass=NotType):
    def g(self): return __class__
print(H)
