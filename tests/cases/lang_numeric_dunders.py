import math
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return int(self.v)
    def __int__(self): return int(self.v) + 1000
    def __float__(self): return float(self.v) + 0.5
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, n=None): return ("round", n)
    def __abs__(self): return "abs!"
    def __neg__(self): return "neg!"
    def __pos__(self): return "pos!"
    def __invert__(self): return "inv!"
    def __trunc__(self): return "trunc!"
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
n = Num(3)
print(int(n), float(n), round(n), round(n, 2))
print(abs(n), -n, +n, ~n, math.trunc(n), math.floor(n), math.ceil(n))
print([10, 20, 30, 40][n], "abcdef"[Num(1):Num(4)], bin(n), hex(n), oct(n))
print(range(n), list(range(Num(2))), operator_index := n.__index__())
import operator
print(operator.index(n), math.factorial(Num(4)))

class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()) if False else "skip", bin(OnlyIndex()))

class OnlyFloat:
    def __float__(self): return 2.5
print(float(OnlyFloat()), math.sqrt(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1][OnlyFloat()]
except TypeError as e:
    print(type(e).__name__, e)

class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class Empty: pass
for f in (int, float, abs, round, operator.index):
    try:
        f(Empty())
    except TypeError as e:
        print(type(e).__name__, e)
for f in (operator.neg, operator.pos, operator.invert):
    try:
        f(Empty())
    except TypeError as e:
        print(type(e).__name__, e)
print(round(2.675, 2), round(-0.5), round(1.5), round(2.5), round(3.5), round(25, -1), round(35, -1), round(-25, -1))
print(round(1234.5678, -2), round(0.125, 2), round(7, 0), type(round(7.0)).__name__, type(round(7.0, 0)).__name__)
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(-0.0), abs(True))
