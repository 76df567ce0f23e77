# iter and next, including default and the two-argument form of iter.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(list(s), list(s))
print(iter(it) is it)
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
vals = [3, 2, 1, 0, 5]
pos = [0]
def source():
    v = vals[pos[0]]
    pos[0] += 1
    return v
print(list(iter(source, 0)))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
r = iter(range(3))
print(type(r).__name__, next(r), list(r))
print(type(iter([])).__name__, type(iter("")).__name__, type(iter(())).__name__, type(iter({})).__name__)
