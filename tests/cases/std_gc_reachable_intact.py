# The collector must never touch what the program can still reach: random object graphs
# full of cycles are built, partly dropped, collected, and checked against a record kept
# outside them.
import gc


class Node:
    __slots__ = ("ident", "edges", "meta", "__weakref__")

    def __init__(self, ident):
        self.ident = ident
        self.edges = []
        self.meta = {"owner": self, "tags": (ident, [ident])}


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def checksum(roots):
    seen = set()
    stack = list(roots)
    total = 0
    while stack:
        node = stack.pop()
        if node.ident in seen:
            continue
        seen.add(node.ident)
        assert node.meta["owner"] is node
        assert node.meta["tags"][1][0] == node.ident
        total = (total * 31 + node.ident) % 1000003
        stack.extend(node.edges)
    return len(seen), total


rng = Rng(7)
roots = []
for round_no in range(6):
    nodes = [Node(round_no * 1000 + i) for i in range(300)]
    for node in nodes:
        for _ in range(3):
            node.edges.append(nodes[rng.below(len(nodes))])
    # Closures and bound methods that refer back into the graph.
    for node in nodes[:50]:
        node.meta["again"] = (lambda n=node: n.ident)
        node.meta["method"] = node.__init__
    roots.extend(nodes[rng.below(300)] for _ in range(4))
    del nodes, node
    found = gc.collect()
    count, total = checksum(roots)
    print(round_no, count, total, found > 0)
    if len(roots) > 8:
        roots = roots[rng.below(4):][:8]

# Everything still reachable answers as before.
print([r.meta.get("again", lambda: r.ident)() == r.ident for r in roots])
roots.clear()
print(gc.collect() > 0)
