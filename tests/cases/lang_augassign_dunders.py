class Acc:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Acc({self.v})"
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): self.v = self.v * 100 + o; return self
a = Acc(10)
ref = a
a += 5; a -= 3; a *= 4; a //= 5; a %= 7; a **= 3; a <<= 2; a >>= 1; a &= 0xFF; a |= 0x100; a ^= 1; a @= 7
print(a, ref is a)
a /= 4
print(a)
class ReturnsNew:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return ReturnsNew(self.v + o)
r = ReturnsNew(1)
r2 = r
r += 1
print(r.v, r2.v, r is r2)
class ReturnsNone:
    def __iadd__(self, o): pass
n = ReturnsNone()
n += 1
print(n)
class FallbackNI:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return FallbackNI(self.v + o)
f = FallbackNI(1)
f += 2
print(f.v)
class RightOnly:
    def __radd__(self, o): return f"radd({o})"
x = 5
x += RightOnly()
print(x)
s = {1}
s2 = s
s |= {2}
print(s is s2, s)
fs = frozenset({1})
fs2 = fs
fs |= {2}
print(fs is fs2, sorted(fs))
d = {1: 1}
d2 = d
d |= {2: 2}
print(d is d2)
try:
    t = (1,)
    t *= "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    z = None
    z += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    q = "s"
    q -= "s"
except TypeError as e:
    print(type(e).__name__, e)
