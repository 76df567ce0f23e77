# super.__get__ binds an unbound super read through an instance; the types module's
# descriptor types; method-wrapper and method-descriptor attributes; GenericAlias fields.
import types
class A:
    def f(self): return "A.f"
class B(A):
    def f(self): return "B.f"
s = super(B)
print(type(s).__name__, hasattr(s, '__get__'))
b = B()
bs = s.__get__(b, B)
print(bs.f(), bs.__self__ is b, bs.__thisclass__ is B)
class C(B):
    sup = super(B)
print(C().sup.f())
print(hasattr(types, 'GetSetDescriptorType'), hasattr(types, 'MemberDescriptorType'))
print(types.GetSetDescriptorType.__name__, types.MemberDescriptorType.__name__)
print(type(types.FunctionType.__code__) is types.GetSetDescriptorType)
print(type(types.FunctionType.__globals__) is types.MemberDescriptorType)
class S:
    __slots__ = ('a',)
print(type(S.a) is types.MemberDescriptorType, type(S.a).__name__)
mw = (1).__add__
print(type(mw).__name__, mw.__self__, mw.__name__, mw.__qualname__)
print(mw(2), repr(mw).startswith("<method-wrapper '__add__' of int object"))
print([].__len__.__name__, [].__len__.__self__, type([].__len__).__name__)
print(str.upper.__name__, str.upper.__qualname__, type(str.upper).__name__)
print('abc'.upper.__self__, 'abc'.upper.__name__, 'abc'.upper.__qualname__)
g = list[int]
print(g.__args__, g.__origin__, '__args__' in dir(g), '__origin__' in dir(g), '__parameters__' in dir(g))
print(type(int.__dict__['real']).__name__, type(types.FunctionType.__dict__['__name__']).__name__)
print(type(type.__dict__['__dict__']).__name__)
print(super(B).__get__(None, B).__self__, C.sup.__self__)
bound = super(B, b)
print(bound.__get__(C(), C) is bound)
try:
    super(B).nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    bound.nothing
except AttributeError as e:
    print("AttributeError:", e)
class D(B):
    def f(self):
        return "D>" + super().f()
    sup = super(B)
print(D().f(), D().sup.f(), D.sup.__self__)
