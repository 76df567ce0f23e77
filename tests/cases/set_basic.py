# set and frozenset operations (small ints only, so printing order is stable).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference({1, 10}))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.discard(3); s.discard(99)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(2 in a, 7 in a, 7 not in a)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {1}, {1}.isdisjoint({2}), {1, 2}.issubset([1, 2, 5]))
fs = frozenset([3, 1, 2, 1])
print(fs, len(fs), fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__)
print({fs: "frozen key"}[frozenset({1, 2, 3})])
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
print(set(), frozenset(), set([]) == frozenset(), {1, 2} == frozenset([2, 1]))
print(set(range(5)), set("aaa"), sorted({5, 3, 8}))
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4}
c -= {1}
c ^= {2, 7}
print(c)
print(c.pop() in (4, 7), len(c))
d = {x * 2 for x in range(5)}
d.update([100], (200,))
print(sorted(d), len(d))
print({1, 2, 3}.copy() == {3, 2, 1}, set([1, 2]).clear())
