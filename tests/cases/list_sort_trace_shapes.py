# list.sort asks exactly CPython's sequence of `<` questions: traced on small lists of several
# shapes (binary insertion sort below 64 items, natural ascending and descending runs).
state = [2024]


def rand(bound):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % bound


trace = []


class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __repr__(self):
        return "%d%s" % (self.v, self.tag)

    def __lt__(self, other):
        trace.append("%r<%r" % (self, other))
        return self.v < other.v


def show(label, values, **kw):
    trace.clear()
    items = [K(v, "abcdefghijklmnopqrstuvwxyz"[i % 26]) for i, v in enumerate(values)]
    items.sort(**kw)
    print(label, len(trace), items)
    print("   ", " ".join(trace))


show("empty", [])
show("one", [5])
show("pair-up", [1, 2])
show("pair-down", [2, 1])
show("pair-equal", [3, 3])
show("random", [rand(20) for _ in range(12)])
show("dups", [rand(3) for _ in range(12)])
show("ascending", list(range(10)))
show("descending", list(range(10, 0, -1)))
show("desc-with-tie", [9, 8, 7, 7, 6, 5])
show("two-runs", [1, 4, 6, 9, 2, 3, 5, 8])
show("sawtooth", [3, 2, 1, 6, 5, 4, 9, 8, 7])
show("organ", [1, 3, 5, 7, 6, 4, 2, 0])
show("random-rev", [rand(10) for _ in range(10)], reverse=True)
show("dups-rev", [1, 0, 1, 0, 1, 1, 0], reverse=True)

# Larger lists: count the comparisons and fingerprint the trace.
for label, n in (("rand200", 200), ("rand700", 700)):
    trace.clear()
    items = [K(rand(n), "") for _ in range(n)]
    items.sort()
    h = 0
    for t in trace:
        for ch in t:
            h = (h * 131 + ord(ch)) % 1000000007
    ok = all(not (b.v < a.v) for a, b in zip(items, items[1:]))
    print(label, len(trace), h, ok, trace[:6], trace[-3:])
