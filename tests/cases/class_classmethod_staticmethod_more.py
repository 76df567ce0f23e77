# classmethod/staticmethod behaviour: binding, inheritance, alternate constructors, wrapping.
class Temperature:
    scale = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(deg):
        return deg >= -273.15
    @classmethod
    def describe(cls):
        return "%s in %s" % (cls.__name__, cls.scale)
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.degrees)

class Kelvin(Temperature):
    scale = "K"

print(Temperature.from_fahrenheit(212), Kelvin.from_fahrenheit(32))
print(Temperature.valid(-300), Kelvin(5).valid(5), Temperature.describe(), Kelvin.describe())
print(Kelvin(1).describe(), Kelvin(1).from_fahrenheit(50))

cm = Temperature.__dict__["from_fahrenheit"]
sm = Temperature.__dict__["valid"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__, sm(0), callable(sm), callable(cm))
bound = cm.__get__(None, Kelvin)
print(bound.__self__ is Kelvin, bound.__func__ is cm.__func__, bound(41))
print(Temperature.from_fahrenheit.__self__.__name__, Kelvin.from_fahrenheit.__self__.__name__)
print(sm.__get__(None, Temperature) is sm.__func__)
print(Temperature.valid.__name__, Temperature.valid.__qualname__, Temperature.from_fahrenheit.__qualname__)

# wrapping attributes: __wrapped__, __doc__
def documented(x):
    "doc of documented"
    return x
s2 = staticmethod(documented)
c2 = classmethod(documented)
print(s2.__wrapped__ is documented, c2.__wrapped__ is documented, s2.__doc__, c2.__doc__)

# classmethod on builtin methods and on dict.fromkeys through a subclass
class MyDict(dict):
    pass
md = MyDict.fromkeys([1, 2], 0)
print(type(md).__name__, md)
print(int.from_bytes(b"\x01\x00", "big"), type(bool.from_bytes(b"\x01", "big")).__name__)

# counting instances with classmethods per subclass
class Registry:
    count = 0
    @classmethod
    def register(cls):
        cls.count += 1
        return cls.count
class Apps(Registry): pass
class Tools(Registry): pass
print(Apps.register(), Apps.register(), Tools.register(), Registry.count, Apps.count, Tools.count)

# staticmethod called through an instance does not receive it
class Util:
    @staticmethod
    def args(*a):
        return a
    @classmethod
    def cargs(*a):
        return len(a), a[0].__name__
print(Util.args(1), Util().args(1), Util.cargs(), Util().cargs(9))

try:
    classmethod(5)(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Temperature.describe(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Temperature.valid()
except TypeError as e:
    print(type(e).__name__, e)

# instance attribute shadowing and replacing methods on the class
t = Temperature(3)
t.valid = lambda d: "instance lambda"
print(t.valid(0), Temperature.valid(0))
Temperature.valid = staticmethod(lambda d: "replaced")
print(Temperature.valid(0), Kelvin.valid(0))
Kelvin.describe = classmethod(lambda cls: "lambda-" + cls.__name__)
print(Kelvin.describe(), Temperature.describe())
