# Augmented assignment on names, attributes, subscripts; in-place vs rebinding.
x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 2; print(x)
x //= 3; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 12; print(x)
x ^= 5; print(x)
x /= 4; print(x)
s = "ab"
s *= 3
print(s)
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
d = {"n": 1}
d["n"] += 41
print(d)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
lst = [[0], [0]]
lst[1][0] += 7
print(lst)
def calls():
    print("index evaluated")
    return 0
z = [10]
z[calls()] += 1
print(z)
