class Obj:
    pass
o = Obj()
o.a = o.b = 5
print(o.a, o.b)
d = {}
d["x"] = d["y"] = []
d["x"].append(1)
print(d)
l = [0, 1, 2, 3]
l[1], l[2] = l[2], l[1]
print(l)
i = 0
l[i], i = 99, 2
print(l, i)
x = y = z = "same"
print(x is y is z)
a = [1, 2]
b = a
a = a + [3]
print(a, b)
a = b
a += [4]
print(a, b)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 2; n >>= 1; n |= 1; n &= 7; n ^= 2
print(n)
s = "ab"
s *= 2; s += "!"
print(s)
f = 5.0
f /= 2; f -= 0.5
print(f)
m = [[1, 2], [3, 4]]
m[0][1] += 10
m[1] += [5]
print(m)
class Counter:
    def __init__(self): self.n = 0
c = Counter()
c.n += 1
c.n += 1
print(c.n)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, t)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del "abc"[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 .attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    undefined_var += 1
except NameError as e:
    print(type(e).__name__, e)
count: int = 0
count += 1
print(count, __annotations__)
(p := 3)
print(p)
for o.loop_attr in range(2):
    pass
print(o.loop_attr)
for d["k"] in "xy":
    pass
print(d["k"])
del o.a, d["x"]
print(hasattr(o, "a"), sorted(d))
