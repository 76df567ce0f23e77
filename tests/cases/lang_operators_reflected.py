class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        if isinstance(o, int):
            return V(o + self.x)
        return NotImplemented
    def __iadd__(self, o):
        print("iadd")
        if isinstance(o, V):
            self.x += o.x
            return self
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x) if isinstance(o, V) else NotImplemented
    def __rsub__(self, o):
        return V(o - self.x)
    def __mul__(self, o):
        return V(self.x * o)
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self.x * o.x
    def __truediv__(self, o):
        return V(self.x / o)
    def __floordiv__(self, o):
        return V(self.x // o)
    def __mod__(self, o):
        return V(self.x % o)
    def __pow__(self, o, mod=None):
        return V(pow(self.x, o, mod))
    def __rpow__(self, o):
        return V(o ** self.x)
    def __lshift__(self, o):
        return V(self.x << o)
    def __rshift__(self, o):
        return V(self.x >> o)
    def __and__(self, o):
        return V(self.x & o)
    def __or__(self, o):
        return V(self.x | o)
    def __xor__(self, o):
        return V(self.x ^ o)
    def __rand__(self, o):
        return ("rand", o)

a = V(2)
print(a + V(3), a + 1, 1 + a, 10 - a, a * 3, 3 * a, a @ V(4))
print(a / 2, V(7) // 2, V(7) % 3, a ** 3, 2 ** a)
print(a << 2, V(8) >> 1, V(6) & 3, V(6) | 1, V(6) ^ 3, 5 & a)
b = a
b += V(10)
print(b, a is b)
b += 1
print(b, a is b)
try:
    a + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a - 1
except TypeError as e:
    print(type(e).__name__, e)

class Sub(V):
    def __radd__(self, o):
        return "Sub.radd wins"
print(V(1) + Sub(2))

class N:
    pass
for expr in ("N() + N()", "N() * 2", "N() < N()", "-N()", "~N()", "N() @ N()", "N() ** 2", "abs(N())"):
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)

x = [1]
y = x
x += [2]
print(y)
t = (1,)
u = t
t += (2,)
print(u, t)

class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
o = OnlyAdd(1)
o += 5
print(o.v)
try:
    o -= 1
except TypeError as e:
    print(type(e).__name__, e)
