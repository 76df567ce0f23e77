class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], sorted(kw))
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kw)

class A(metaclass=Meta, tag="t1"):
    x = 1
    def __init__(self, v):
        self.v = v

print(A.injected, A.tag, type(A).__name__)
a = A(5)
print(a.v)

class B(A):
    y = 2
print(B.tag, type(B).__name__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    pass
print(S() is S())

class OrderMeta(type):
    def __new__(mcs, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("_")]
        return super().__new__(mcs, name, bases, ns)
class Rec(metaclass=OrderMeta):
    b = 1
    a = 2
    c = 3
print(Rec.fields)

class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2): pass
except TypeError as e:
    print(type(e).__name__, e)

Dyn = type("Dyn", (object,), {"k": 7, "get": lambda self: self.k})
print(Dyn.__name__, Dyn().get(), Dyn.__bases__)
try:
    type("Bad", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(type), type(Meta), isinstance(A, Meta), isinstance(A, type))

class MetaRepr(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via MetaRepr>"
    def __len__(cls):
        return 99
class R(metaclass=MetaRepr): pass
print(len(R))

def func_meta(name, bases, ns):
    return "made " + name
class F(metaclass=func_meta):
    pass
print(F)
