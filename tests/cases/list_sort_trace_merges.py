# Merging natural runs: powersort's merge order, the preliminary searches that trim runs,
# merge_lo/merge_hi, galloping and its adaptive threshold, all visible through `<` counts.
count = [0]
tail = []


class K:
    __slots__ = ("v", "i")

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        count[0] += 1
        tail.append((self.i, other.i))
        del tail[:-4]
        return self.v < other.v


def run(label, values, reverse=False):
    count[0] = 0
    items = [K(v, i) for i, v in enumerate(values)]
    items.sort(reverse=reverse)
    keys = [k.v for k in items]
    ok = keys == sorted(values, reverse=reverse)
    # Stability: equal keys keep their original order.
    stable = all(a.i < b.i for a, b in zip(items, items[1:]) if a.v == b.v)
    print("%-14s n=%-5d compares=%-6d sorted=%s stable=%s last=%s"
          % (label, len(values), count[0], ok, stable, tail))


evens = list(range(0, 600, 2))
odds = list(range(1, 600, 2))
run("interleave", evens + odds)                          # balanced, little galloping
run("blocks", list(range(300, 600)) + list(range(300)))  # one gallop finds everything
run("clumps", [x // 40 * 40 + (x % 40) for x in range(0, 1200, 3)] + list(range(0, 1200, 7)))
run("one-late", list(range(1, 1000)) + [0])              # merge with a run of one
run("one-early", [999] + list(range(999)))
run("few-keys", [(i * 7) % 5 for i in range(900)])       # many equal keys
run("few-keys-rev", [(i * 7) % 5 for i in range(900)], reverse=True)
run("desc-runs", [v for r in range(6) for v in range(r * 100 + 99, r * 100 - 1, -1)])
run("mixed-runs", [v for r in range(8) for v in (range(r * 50, r * 50 + 50) if r % 2
                                                  else range(r * 50 + 49, r * 50 - 1, -1))])
run("stairs", [v // 3 for v in range(400)] + [v // 3 for v in range(400)])
run("plateau", [5] * 300 + [1] * 300 + [5] * 300)
run("sorted-big", list(range(2000)))
run("reversed-big", list(range(2000, 0, -1)))
run("zigzag", [(i * 37) % 1001 for i in range(1001)])

# Values (not K objects) go through the builtin fast paths but must end in the same order.
state = [7]


def rand(bound):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % bound


ints = [rand(50) for _ in range(500)]
pairs = [(rand(4), "x%d" % rand(9)) for _ in range(300)]
print(sorted(ints)[::50], sorted(pairs)[::40])
print(sorted([rand(1000) / 8 for _ in range(200)])[::25])
