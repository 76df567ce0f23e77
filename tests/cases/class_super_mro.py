# super() follows the C3 method resolution order in diamond hierarchies.
class Base:
    def hello(self):
        return ["Base"]

class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()

class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()

print(Child().hello())
print([c.__name__ for c in Child.__mro__])
print([c.__name__ for c in Left.__mro__])

class A:
    def __init__(self):
        print("A init")
        super().__init__()
class B:
    def __init__(self):
        print("B init")
        super().__init__()
class C(A, B):
    def __init__(self):
        print("C init")
        super().__init__()
C()

class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class Bad(X, Z):
        pass
except TypeError as e:
    print("TypeError:", e)

class M(Left):
    def hello(self):
        return super(Left, self).hello()
print(M().hello())
