a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = a, b, a + b
x, y, z = z, x, y
print(x, y, z)
[p, q] = q0, q1 = 5, 6
print(p, q, q0, q1)
l = [0, 1, 2]
l[0], l[2] = l[2], l[0]
print(l)
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
def f():
    i, j = 3, 4
    i, j = j, i
    return i, j
print(f())
try:
    m, n = 1, undefined_name
except NameError as e:
    print(e)
t = (7, 8)
u, v = t
print(u, v)
lst = [9, 10]
u, v = lst
print(u, v)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(e)
