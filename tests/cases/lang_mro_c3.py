class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])

class X: pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)

class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
try:
    class R(Q1, Q2): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)

class Left:
    def who(self):
        return "Left>" + super().who()
class Right:
    def who(self):
        return "Right"
class Both(Left, Right):
    pass
print(Both().who())
print([c.__name__ for c in Both.__mro__])

class Base:
    def __init__(self):
        print("Base")
class M1(Base):
    def __init__(self):
        print("M1"); super().__init__()
class M2(Base):
    def __init__(self):
        print("M2"); super().__init__()
class Bottom(M1, M2):
    def __init__(self):
        print("Bottom"); super().__init__()
Bottom()
print(super(M1, Bottom()).__init__ is not None)
print(Bottom.__bases__ == (M1, M2), Bottom.__base__.__name__)
print(issubclass(Bottom, Base), issubclass(Base, Bottom))
try:
    class FromInt(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
