# Tuple unpacking in loops, function returns and swaps.
points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x + y, end=" ")
print()
def min_max(xs):
    return min(xs), max(xs)
lo, hi = min_max([4, 9, 1])
print(lo, hi)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
pairs = dict([("x", 1), ("y", 2)])
for i, (k, v) in enumerate(pairs.items()):
    print(i, k, v)
(a, b), (c, d) = [(1, 2), "xy"]
print(a, b, c, d)
nested = [(1, (2, 3)), (4, (5, 6))]
print([p + q + r for p, (q, r) in nested])
_, second, _ = (10, 20, 30)
print(second)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
