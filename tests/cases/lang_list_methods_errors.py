l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7); l.insert(-100, -1)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(9)
print(l, l.index(2), l.index(2, 1), l.count(1), l.count(99))
l.reverse(); print(l)
l.sort(); print(l)
l.sort(key=lambda x: -x); print(l)
l.sort(reverse=True, key=str); print(l)
c = l.copy(); c.clear(); print(c, l)
for call in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1),
             lambda: [1, "a"].sort(), lambda: [].insert(0), lambda: [].append(1, 2), lambda: [1].extend(5),
             lambda: [1].pop("x"), lambda: [][0], lambda: [1][-2], lambda: [].sort(lambda x: x),
             lambda: [1] + (2,), lambda: [1] * "a", lambda: [3, 1].sort(key=1), lambda: list(5), lambda: [].count()):
    try:
        print(call())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, 2, 3]
a *= 2; print(a)
a[1:3] = []; print(a)
a[::2] = ["x", "y"]; print(a)
del a[::2]; print(a)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    del a[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
b = [0] * 10
b[1:9:3] = "abc"; print(b)
b[::-3] = [7, 8, 9, 10]; print(b)
b[2:2] = [1, 2]; print(b, len(b))
b[len(b):] = [99]; print(b[-1])
b[:] = range(3); print(b)
b[10:20] = [5]; print(b)
b[-100:1] = ["s"]; print(b)
try:
    b[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
m = [[0] * 2] * 2
m[0][0] = 1; print(m)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, [2]] == [1, [2]], [1] == [1.0])
s = [5, 3, 5, 1]
print(sorted(s), s.index(5), list(reversed(s)), s[::-1], s[1:3], s[-1:], s[5:], s[::-2])
x = []
x.append(x); print(x, len(x))
