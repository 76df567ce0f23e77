# __index__, __int__, __float__, __complex__, __round__, __trunc__/__floor__/__ceil__,
# __abs__, __neg__, __format__ and where the interpreter uses each one.
import math

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

i = Idx(5)
print(bin(i), oct(i), hex(i), [10, 20, 30, 40, 50, 60][i], "abcdefg"[Idx(1):i], range(i), list(range(Idx(2), i)))
print(int(i), float(Idx(3)) if False else "float(Idx) skipped", operator_like := i.__index__())
print((1, 2, 3) * Idx(2), "ab" * Idx(3), [0] * Idx(2), bytes(Idx(3)), math.comb(Idx(5), Idx(2)))
print(int.__index__(7), (7).__index__())
try:
    [1, 2][Idx("x")]
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(Idx(3))
    print("float accepts __index__")
except TypeError as e:
    print(type(e).__name__, e)

class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, ndigits=None):
        return "round(%r, %r)" % (self.v, ndigits)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __abs__(self):
        return Num(abs(self.v))
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return self
    def __repr__(self):
        return "Num(%r)" % self.v

n = Num(-2.75)
print(int(n), float(n), complex(n), round(n), round(n, 1), math.trunc(n), math.floor(n), math.ceil(n))
print(abs(n), -n, +n is n, -(-n))
try:
    [1, 2, 3][Num(1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(Num(3))
except TypeError as e:
    print(type(e).__name__, e)

# bad return types
class BadInt:
    def __int__(self):
        return "seven"
class BadFloat:
    def __float__(self):
        return 7
class BadIndex:
    def __index__(self):
        return 7.0
for fn, obj in ((int, BadInt()), (float, BadFloat()), (bin, BadIndex()), (complex, BadFloat())):
    try:
        print(fn(obj))
    except TypeError as e:
        print(type(e).__name__, e)

# __int__ returning an int subclass, __index__ used by int() when there is no __int__
class Flag(int):
    pass
print(int(Idx(9)), math.floor(2.5), math.ceil(-2.5))

# round() on floats/ints without __round__ and with ndigits
print(round(2.675, 2), round(-0.5), round(1.5), round(2.5), round(12345, -2), round(-12355, -1), round(7, 0))
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)

# __format__ with custom spec mini-language
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return "$%d.%02d" % divmod(self.cents, 100)
        if spec == "words":
            return "%d dollars and %d cents" % divmod(self.cents, 100)
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money(%d)" % self.cents
m = Money(123456)
print(format(m), format(m, "words"), format(m, ",.1f"), f"{m}|{m:>12.2f}|{m!s}", "{:words}".format(m))
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(object.__new__(Money) if False else 3, ""), format("x", ""), object.__format__(Money(5), ""))
