# Every set operation and in-place operation builds its result's table its own way (copy,
# merge, toggle, walk the smaller set): the printed orders must be CPython's.
a = {1, 2, 3, 4}
print(a.symmetric_difference({1, 10}), a ^ {1, 10}, {1, 10} ^ a)
x = {0, 8, 16, 24, 1, 9}
y = {16, 24, 32, 40, 2, 10, 18}
print(x | y, y | x)
print(x & y, y & x)
print(x - y, y - x)
print(x ^ y, y ^ x)
print(x.union(y, [48, 56], (3,)), x.union(), x.union({}))
print(x.intersection(y), x.intersection([24, 16, 8]), y.intersection(x, [16, 2, 32]))
print(x.difference(y), x.difference([0, 8], {1}), x.difference({0: 1, 24: 2}))
print(x.symmetric_difference([40, 0, 48]), x.symmetric_difference({0: 1, 64: 2}))
print(frozenset(x) | y, type(frozenset(x) | y).__name__, type(y | frozenset(x)).__name__)
print(frozenset(x).union([72]), frozenset(x) & y, frozenset(x) - y, frozenset(x) ^ y)
big = set(range(0, 400, 5))
small = {5, 400, 10, 800, 15}
print(small - big, big & small, small & big, small ^ big == big ^ small)
print(sorted(big - small)[:5], len(big - small))
s = {0, 8, 16, 24}
s |= {32, 40, 1}
print(s)
s &= {40, 32, 8, 0, 99}
print(s)
s -= {8}
print(s)
s ^= {8, 16, 0}
print(s)
t = set(range(20))
t.update([100, 36], {52: 0}, {68})
print(t)
t.intersection_update(range(0, 200, 4), {0, 4, 8, 36, 52, 68, 100, 16})
print(t)
t.difference_update([4], {8: 1}, {100})
print(t)
t.symmetric_difference_update([16, 20, 24, 16])
print(t)
t.symmetric_difference_update({36: 0, 40: 0})
print(t)
u = set(range(50))
u -= set(range(0, 50, 2))
print(u)
u.difference_update(range(1, 50, 4))
print(u)
v = set(range(10))
v.difference_update(set(range(0, 1000)))
print(v, len(v))
w = {1, 2, 3}
w |= w; w &= w; print(w)
w -= w; print(w)
w = {1, 2, 3}
w ^= w; print(w)
d = {24: "a", 8: "b", 16: "c", 0: "d"}
print(d.keys() | {1, 40}, {1, 40} | d.keys())
print(d.keys() & {16, 24, 99}, {16, 24, 99} & d.keys(), d.keys() & [0, 8])
print(d.keys() - {8}, {8, 9, 40} - d.keys(), d.keys() ^ {0, 32}, {0, 32} ^ d.keys())
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} >= {1}, {1} == frozenset({1}))
print(x.issubset(x | y), y.issuperset([16, 24]), x.isdisjoint([99, 100]), x.isdisjoint(y))
print({1, 2}.isdisjoint({3}), {1, 2}.issuperset({1}), set().issubset([]))
