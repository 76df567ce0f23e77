class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Celsius degrees"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def ro(self):
        return "ro"

t = Temp()
t.celsius = 20
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
try:
    t.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.ro
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.celsius.fdel.__name__)
print(Temp.ro.fset, Temp.ro.fdel)

def getx(self):
    return self._x
def setx(self, v):
    self._x = v * 2
class P:
    x = property(getx, setx, None, "the x")
p = P()
p.x = 5
print(p.x, P.x.__doc__)

class Q:
    x = property()
q = Q()
try:
    q.x = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Base:
    @property
    def v(self):
        return "base"
class Derived(Base):
    @Base.v.getter
    def v(self):
        return "derived"
print(Base().v, Derived().v)
print(Base.v is Derived.v)

class Err:
    @property
    def bad(self):
        raise KeyError("k")
try:
    Err().bad
except KeyError as e:
    print(type(e).__name__, e)
print(hasattr(Err(), "bad") if False else "skip")

