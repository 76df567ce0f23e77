# Union-find with path compression and union by size driving Kruskal's minimum spanning tree
# and connected-component labelling; interval merging, meeting-room allocation and weighted
# interval scheduling with binary search, all on fixed data.
class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.size = {x: 1 for x in items}
        self.finds = 0
    def find(self, x):
        self.finds += 1
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb] or (self.size[ra] == self.size[rb] and ra > rb):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True
    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())

edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"),
         (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G"), (3, "H", "I")]
nodes = sorted({n for _, a, b in edges for n in (a, b)})
ds = DisjointSet(nodes)
tree = [(w, a, b) for w, a, b in sorted(edges) if ds.union(a, b)]
print("MST edges:", tree)
print("total weight:", sum(w for w, _, _ in tree), "components:", ds.groups())

grid = ["11000110",
        "11010011",
        "00011000",
        "10000001",
        "11100011"]
cells = [(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "1"]
islands = DisjointSet(cells)
for r, c in cells:
    for nr, nc in ((r + 1, c), (r, c + 1)):
        if (nr, nc) in islands.parent:
            islands.union((r, c), (nr, nc))
sizes = sorted((len(g) for g in islands.groups()), reverse=True)
print("islands:", len(sizes), "sizes:", sizes)
labels = {cell: chr(ord("a") + i) for i, group in enumerate(islands.groups()) for cell in group}
for r, row in enumerate(grid):
    print("".join(labels.get((r, c), ".") for c in range(len(row))))

def merge(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(m) for m in merged]
print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (6, 7)]), merge([]), merge([(5, 5), (5, 6)]))

def rooms(meetings):
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    current = peak = 0
    for _, delta in events:
        current += delta
        peak = max(peak, current)
    return peak
print("rooms needed:", rooms([(9, 10), (9, 12), (10, 11), (11, 13), (12, 13), (9, 9.5)]))

def bisect_right(keys, x):
    lo, hi = 0, len(keys)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < keys[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

def best_schedule(jobs):
    jobs = sorted(jobs, key=lambda j: (j[1], j[0]))
    ends = [j[1] for j in jobs]
    best = [(0, [])]
    for i, (start, end, profit, name) in enumerate(jobs):
        k = bisect_right(ends[:i], start)
        take = (best[k][0] + profit, best[k][1] + [name])
        skip = best[-1]
        best.append(max(take, skip, key=lambda t: (t[0], -len(t[1]))))
    return best[-1]
jobs = [(1, 4, 20, "a"), (3, 5, 20, "b"), (6, 8, 30, "c"), (5, 7, 25, "d"), (4, 6, 15, "e"), (8, 10, 40, "f"), (2, 9, 95, "g")]
print("best schedule:", best_schedule(jobs), "| finds so far:", ds.finds > 0)
