# Hashes that decide set order (int, float, tuple, frozenset) are CPython's; iterating a
# set that changes size raises; a comparison that mutates the set is survived.
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)), hash((1.5, 2)))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**63), hash(10**30))
print(hash(1.5), hash(-0.5), hash(1e300), hash(float("inf")), hash(0.1), hash(2.0))
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({2, 1})))
print(hash(frozenset(range(100))), hash(frozenset([(1, 2), -1, 2.5])))
print(hash(frozenset({frozenset({1}), frozenset()})))
print({frozenset({1, 2}): "x"}[frozenset([2, 1])], frozenset({1, 2}) == {1, 2})
print({frozenset({1}), frozenset({2}), frozenset({1, 2}), frozenset()})
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(s)
s = {1, 2, 3}
it = iter(s)
print(next(it))
s.discard(2)
s.add(7)
print(list(it))
it = iter(s)
s.add(99)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
s.discard(99)
try:
    next(it)
except RuntimeError as e:
    print("still RuntimeError:", e)
it = iter({5})
print(list(it), list(it))
fs = {frozenset({1, 2}), frozenset({3})}
print({1, 2} in fs, {4} in fs, fs.__contains__({3}))
fs.discard({1, 2})
print(fs)
fs.remove({3})
print(fs)
try:
    fs.remove({5})
except KeyError as e:
    print("KeyError:", e)
try:
    fs.add({5})
except TypeError as e:
    print("TypeError:", e)


class Key:
    """Equal when values are equal; every Key collides (hash 1)."""

    def __init__(self, v, victim=None):
        self.v = v
        self.victim = victim

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if self.victim is not None:
            victim, self.victim = self.victim, None
            victim.clear()
        return isinstance(other, Key) and other.v == self.v

    def __repr__(self):
        return "K%d" % self.v


t = {Key(1), Key(2), 1, 9}
print(t, Key(2) in t, Key(3) in t)
t.add(Key(4, victim=t))
print(t)
u = {Key(1), Key(3)}
print(Key(3, victim=u) in u, u)
v = {Key(i) for i in range(6)}
v.discard(Key(2))
v.add(Key(7))
print(v, v.pop(), v)
for bad in ["set().add()", "set().pop(1)", "frozenset().issubset()", "set().union(x=1)",
            "set().update(1)", "set(1)", "{1}.symmetric_difference()", "{1} | [2]",
            "hash({1})", "set().remove([])", "{*5}", "set().clear(1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
