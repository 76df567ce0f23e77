# isinstance, issubclass, type.
print(type(1), type(1.0), type("s"), type(None), type([]), type(()), type({}), type(set()))
print(type(True), type(b""), type(range(1)), type(len), type(type), type(object))
print(type(1) is int, type(True) is bool, type(True) is int)
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)), isinstance(None, object))
print(isinstance(1.0, int), isinstance([], (tuple, list)), isinstance("s", str))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, (float, int)))
class A: pass
class B(A): pass
print(isinstance(B(), A), type(B()) is A, type(B()).__name__, issubclass(B, (int, A)))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (A,), {"x": 5, "hello": lambda self: "hi"})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), isinstance(d, A), [c.__name__ for c in Dyn.__mro__])
print(int.__name__, str.__name__, type(int).__name__)
