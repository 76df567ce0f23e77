# Defaults inherited from object.
class C:
    pass
c = C()
print(type(C).__name__, C.__bases__ == (object,), isinstance(c, object))
print(c == c, c != C(), str(c) == repr(c))
print(repr(c).startswith("<__main__.C object at "))
print(str(C), repr(C), str(int), str(type))
print(object().__class__.__name__)
print(issubclass(C, object), issubclass(type, object), isinstance(C, type), isinstance(type, type))
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(C.__name__, C.__qualname__)
class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
