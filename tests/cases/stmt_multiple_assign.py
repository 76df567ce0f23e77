# Chained and tuple assignment, evaluation order.
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
p = q = 0
p += 1
print(p, q)
(a), [b, c] = 1, (2, 3)
print(a, b, c)
[d] = [4]
print(d)
e, = (5,)
print(e)
t = 1, 2, 3
print(t)
k = 1,
print(k)
