# C3 linearisation on several hierarchies, and the TypeErrors CPython raises when none exists.
def names(cls):
    return " ".join(c.__name__ for c in cls.__mro__)

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
print(names(D))
print(names(E))

try:
    class F(D, E): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class G(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

class Boat: pass
class DayBoat(Boat): pass
class WheelBoat(Boat): pass
class EngineLess(DayBoat): pass
class SmallMultihull(DayBoat): pass
class PedalWheelBoat(EngineLess, WheelBoat): pass
class SmallCatamaran(SmallMultihull): pass
class Pedalo(PedalWheelBoat, SmallCatamaran): pass
print(names(Pedalo))

class X: pass
class Y: pass
class Z: pass
class XY(X, Y): pass
class YZ(Y, Z): pass
class XYZ(XY, YZ): pass
print(names(XYZ))
print(XYZ.mro() == list(XYZ.__mro__), type(XYZ.mro()).__name__, type(XYZ.__mro__).__name__)

try:
    class Twice(Y, X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Deep(XY, X, YZ, Y): pass
    print(names(Deep))
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Broken(X, XY): pass
except TypeError as e:
    print(type(e).__name__, e)

# attribute lookup follows the MRO
class P:
    tag = "P"
    def who(self): return "P.who"
class Q(P):
    pass
class R(P):
    tag = "R"
    def who(self): return "R.who"
class S(Q, R):
    pass
s = S()
print(s.tag, s.who(), names(S))
print([k for k in ("tag", "who") if k in S.__dict__], "tag" in R.__dict__)
print(S.__base__.__name__, [b.__name__ for b in S.__bases__])
print(object.__mro__ == (object,), names(bool), names(type))
print(issubclass(S, (int, R)), isinstance(s, Q), isinstance(s, (str, bytes)))
