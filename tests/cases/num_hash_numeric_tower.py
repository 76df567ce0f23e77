# Equal numbers hash equally across int, float, bool and complex; dict/set keys merge them.
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print(hash(0) == hash(0.0) == hash(-0.0) == hash(False) == hash(0j))
print(hash(-1), hash(-2), hash(-1.0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(hash(0.5), hash(1.5), hash(-0.5), hash(1e100) == hash(10 ** 100), hash(2.0 ** 70) == hash(2 ** 70))
print(hash(float("inf")), hash(float("-inf")), hash(1e300) == hash(int(1e300)))
print(hash(10 ** 30) == hash(float(10 ** 30)), float(10 ** 30) == 10 ** 30, hash(3 + 4j) == hash(3 + 4j))

d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[1 + 0j] = "complex"
print(d, len(d), type(list(d)[0]).__name__)
s = {0, 0.0, False, -0.0, 0j}
print(s, len(s))
print({1: "a", True: "b"}, {True: "b", 1: "a"}, {1.0, 1}, {2, 2.0, 2 + 0j})
counts = {}
for v in [1, 1.0, True, 2, 2.0, 3.5, 0, False, 0.0]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(1.0 in {1}, True in {1: 0}, 2 in {2.0}, 0.5 in {0.5}, (1, 2) in {(1.0, 2.0)}, frozenset({1}) == frozenset({1.0}))

# hash of containers made from equal numbers are equal
print(hash((1, 2.0)) == hash((1.0, 2)), hash(frozenset({1, 2})) == hash(frozenset({1.0, 2.0})))

# hash randomisation does not apply to numbers; these are stable
for v in (7, -7, 123456789, 3.25, -1.75, 2 ** 62, 1 / 3):
    print(v, hash(v))

# hash(-1) is special-cased to -2, also for user classes returning -1
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()), hash(-1.0), hash(-1 + 0j))

# user classes that wrap a number can opt in to numeric hashing
class Meters:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.v == other.v
        if isinstance(other, (int, float)):
            return self.v == other
        return NotImplemented
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return "Meters(%r)" % self.v
table = {Meters(5): "five"}
print(table.get(5), table.get(5.0), table.get(Meters(5.0)), {5: "int"}.get(Meters(5)))
print(Meters(2) in {2, 3}, 2 in {Meters(2)}, len({Meters(1), 1, 1.0, True}))

# deduplicating a mixed numeric list keeps the first occurrence
values = [3, 3.0, 1, True, 2.5, 5 / 2, 0, -0.0, False, 10 ** 20, 1e20]
seen = {}
for v in values:
    seen.setdefault(v, v)
print(list(seen.values()))
print(sorted(set(values), key=lambda v: (v, type(v).__name__)))
