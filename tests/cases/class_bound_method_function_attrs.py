# A bound method answers what its type lacks from its function: __code__, __defaults__,
# attributes set on the function, its __dict__ (and dir()); a miss names the function.
class A:
    def m(self, x=1, *, y: int = 2):
        "doc of m"
        return x
    m.custom = "tag"
    @classmethod
    def c(cls, z=3): return cls
    @staticmethod
    def s(q=4): return q
a = A()
bm = a.m
print(bm.__defaults__, bm.__kwdefaults__, bm.__annotations__, bm.custom, bm.__code__.co_name, bm.__code__.co_varnames)
print(type(bm.__globals__).__name__, bm.__closure__, bm.__dict__, [n for n in dir(bm) if not n.startswith("__")])
print(A.c.__defaults__, A.c.__code__.co_argcount, a.c.__func__.__name__, A.s.__defaults__, hasattr(bm, "custom"), hasattr(bm, "nope"))
print(bm.__class__.__name__, bm.__self__ is a, bm.__func__ is A.__dict__["m"], bm == a.m)
try:
    bm.__wrapped__
except AttributeError as e:
    print("AttributeError:", e)
try:
    bm.custom = 5
except AttributeError as e:
    print("AttributeError:", e)
A.m.other = 1
print(bm.other, getattr(bm, "missing", "dflt"))
import types
class CallableObj:
    def __call__(self, inst): return "called"
    label = "obj-label"
mt = types.MethodType(CallableObj(), a)
print(mt(), mt.label)
try:
    mt.nope
except AttributeError as e:
    print("AttributeError:", e)
