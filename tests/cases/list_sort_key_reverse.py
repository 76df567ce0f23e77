# key= is called once per item, in list order, before any comparison; reverse=True reverses,
# sorts stably and reverses back, so equal keys keep their original order.
log = []


class K:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "K%d" % self.v

    def __lt__(self, other):
        log.append("%d<%d" % (self.v, other.v))
        return self.v < other.v


def key(word):
    log.append("key(%s)" % word)
    return K(len(word))


words = ["pear", "fig", "apple", "kiwi", "plum", "banana", "date"]
for rev in (False, True):
    log.clear()
    print(rev, sorted(words, key=key, reverse=rev))
    print("  ", " ".join(log))

# Stability with reverse: items with equal keys stay in input order.
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e"), (1, "f")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
lst = pairs[:]
lst.sort(key=lambda p: -p[0], reverse=True)
print(lst)

# key=None is no key; reverse takes any truth value; the list is empty while sorting.
nums = [3, 1, 2]
nums.sort(key=None, reverse=1)
print(nums)
seen = []
target = [5, 3, 4]
target.sort(key=lambda x: seen.append((x, len(target), list(target))) or x)
print(target, seen)

# Tuple keys: items compared with == from the left, then < on the first difference.
class E:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "E%d" % self.v

    def __eq__(self, other):
        log.append("%r==%r" % (self, other))
        return self.v == other.v

    def __lt__(self, other):
        log.append("%r<%r" % (self, other))
        return self.v < other.v


log.clear()
rows = [(E(1), 2), (E(0), 5), (E(1), 1), (E(0), 5)]
print(sorted(rows, key=lambda r: (r[0], -r[1])))
print("  ", " ".join(log))
log.clear()
print(sorted(rows, key=lambda r: (r[1], r[0]), reverse=True))
print("  ", " ".join(log))

# Key results of mixed builtin types.
print(sorted([3, 1.5, True, -2, 0.0, 2 ** 65], key=lambda x: -x))
print(sorted(["b", "A", "c", "B"], key=str.lower), sorted(["b", "A", "c", "B"], key=str.lower, reverse=True))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
