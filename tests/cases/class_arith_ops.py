# Arithmetic dunder methods, reflected operands and NotImplemented.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd with", other)
        return self.__add__(other)
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Money(-self.cents)
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __repr__(self):
        return f"Money({self.cents})"

a, b = Money(150), Money(75)
print(a + b, a - b, a * 2, 3 * a, -a, a / 2)
print(a + 5)
print(5 + a)
print(sum([a, b, Money(1)]))
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + a
except TypeError as e:
    print("TypeError:", e)

class Vec:
    def __init__(self, *c):
        self.c = c
    def __iadd__(self, other):
        print("iadd")
        self.c = tuple(x + y for x, y in zip(self.c, other.c))
        return self
    def __add__(self, other):
        print("add")
        return Vec(*(x + y for x, y in zip(self.c, other.c)))
    def __matmul__(self, other):
        return sum(x * y for x, y in zip(self.c, other.c))
    def __pow__(self, n):
        return Vec(*(x ** n for x in self.c))
    def __mod__(self, n):
        return Vec(*(x % n for x in self.c))
    def __floordiv__(self, n):
        return Vec(*(x // n for x in self.c))
    def __abs__(self):
        return sum(abs(x) for x in self.c)
    def __bool__(self):
        return any(self.c)
v = Vec(1, 2)
w = v
v += Vec(10, 10)
print(v.c, v is w)
print((v + v).c, v @ Vec(1, 1), (v ** 2).c, (v % 5).c, (v // 4).c, abs(Vec(-3, 4)))
print(bool(Vec(0, 0)), bool(Vec(0, 1)))

class Sub(Money):
    def __radd__(self, other):
        return "Sub.__radd__ wins"
print(Money(1) + Sub(2))
