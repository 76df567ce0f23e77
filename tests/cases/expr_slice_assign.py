# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = "ABCDEF"
print(a)
del a[1::3]
print(a)
a[1:3] = []
print(a)
b = [1, 2, 3]
b[1:2] = range(5)
print(b)
b[:] = [0]
print(b)
c = list(range(6))
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c[::-2] = "abc"
print(c)
d = [1, 2, 3, 4]
del d[-2:]
print(d)
e = [1, 2, 3]
e[5:10] = [9]
print(e)
