"""A generic tree and graph toolkit: nodes with __iter__/__reversed__/__contains__/__len__,
traversals as generators, a recursive repr guarded against cycles by hand, path finding,
and stable multi-key sorting of results."""
import sys
from collections import deque
from functools import cmp_to_key, total_ordering
import weakref

_repr_active = set()


def guarded_repr(fn):
    def wrapper(self):
        key = id(self)
        if key in _repr_active:
            return f"<{type(self).__name__} ...>"
        _repr_active.add(key)
        try:
            return fn(self)
        finally:
            _repr_active.discard(key)
    wrapper.__name__ = fn.__name__
    return wrapper


@total_ordering
class Node:
    __slots__ = ("name", "value", "children", "_parent", "__weakref__")

    def __init__(self, name, value=0, children=()):
        self.name = name
        self.value = value
        self.children = []
        self._parent = None
        for c in children:
            self.add(c)

    def add(self, child):
        if child is self or child in self.ancestors():
            raise ValueError(f"adding {child.name!r} under {self.name!r} would create a cycle")
        child._parent = weakref.ref(self)
        self.children.append(child)
        return child

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def __iter__(self):
        return iter(self.children)

    def __reversed__(self):
        return reversed(self.children)

    def __len__(self):
        return len(self.children)

    def __contains__(self, item):
        name = item.name if isinstance(item, Node) else item
        return any(n.name == name for n in self.walk())

    def __getitem__(self, path):
        node = self
        for part in path.split("/"):
            if not part:
                continue
            for c in node.children:
                if c.name == part:
                    node = c
                    break
            else:
                raise KeyError(path)
        return node

    def walk(self, order="pre"):
        if order == "pre":
            yield self
            for c in self.children:
                yield from c.walk(order)
        elif order == "post":
            for c in self.children:
                yield from c.walk(order)
            yield self
        elif order == "bfs":
            queue = deque([self])
            while queue:
                n = queue.popleft()
                yield n
                queue.extend(n.children)
        else:
            raise ValueError(f"unknown order {order!r}")

    def depth(self):
        return sum(1 for _ in self.ancestors())

    def total(self):
        return self.value + sum(c.total() for c in self.children)

    def path(self):
        return "/" + "/".join(reversed([self.name] + [a.name for a in self.ancestors()][:-1])) if self.parent else "/"

    def __eq__(self, other):
        return isinstance(other, Node) and (self.total(), self.name) == (other.total(), other.name)

    def __lt__(self, other):
        return (self.total(), self.name) < (other.total(), other.name)

    __hash__ = object.__hash__

    def render(self, prefix="", last=True, out=None):
        out = [] if out is None else out
        branch = "" if not prefix and last and self.parent is None else ("└── " if last else "├── ")
        out.append(f"{prefix}{branch}{self.name} ({self.value}/{self.total()})")
        ext = "" if self.parent is None else ("    " if last else "│   ")
        for i, c in enumerate(self.children):
            c.render(prefix + ext, i == len(self.children) - 1, out)
        return out

    @guarded_repr
    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})" if self.children else f"Node({self.name!r})"


class Graph:
    def __init__(self):
        self.adj = {}
        self.labels = {}

    def edge(self, a, b, w=1, label=None):
        self.adj.setdefault(a, {})[b] = w
        self.adj.setdefault(b, {})
        if label:
            self.labels[a, b] = label
        return self

    @guarded_repr
    def __repr__(self):
        return f"Graph({self.adj!r})"

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        todo = set(self.adj)
        while todo:
            u = min((n for n in todo if n in dist), key=lambda n: (dist[n], n), default=None)
            if u is None:
                break
            todo.discard(u)
            for v, w in sorted(self.adj[u].items()):
                nd = dist[u] + w
                if v not in dist or nd < dist[v]:
                    dist[v], prev[v] = nd, u
        return dist, prev

    def route(self, a, b):
        dist, prev = self.dijkstra(a)
        if b not in dist:
            return None, float("inf")
        path = [b]
        while path[-1] != a:
            path.append(prev[path[-1]])
        return path[::-1], dist[b]


def compare_nodes(x, y):
    if x.depth() != y.depth():
        return x.depth() - y.depth()
    return (x.name > y.name) - (x.name < y.name)


def main():
    root = Node("root", 1, [
        Node("src", 2, [Node("main.py", 30), Node("util.py", 12), Node("lib", 0, [Node("core.py", 50), Node("io.py", 7)])]),
        Node("docs", 1, [Node("index.md", 4)]),
        Node("README", 3),
    ])
    print("\n".join(root.render()))
    print([n.name for n in root.walk()], [n.name for n in root.walk("post")][:4], [n.name for n in root.walk("bfs")][-3:])
    print(len(root), [c.name for c in reversed(root)], "io.py" in root, root["src/lib"] in root, "nope" in root)
    lib = root["src/lib/core.py"]
    print(lib.path(), lib.depth(), [a.name for a in lib.ancestors()], root["/docs"].total(), root.total())
    try:
        root["src/missing"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        root["src"].add(root)
    except ValueError as e:
        print("ValueError:", e)
    try:
        list(root.walk("sideways"))
    except ValueError as e:
        print("ValueError:", e)
    files = [n for n in root.walk() if not n.children]
    print([f.name for f in sorted(files)], max(files).name, min(files, key=lambda n: n.name).name)
    by_depth = sorted(root.walk(), key=cmp_to_key(compare_nodes))
    print([f"{n.depth()}:{n.name}" for n in by_depth])
    multi = sorted(sorted(files, key=lambda n: n.name), key=lambda n: n.depth(), reverse=True)
    print([n.name for n in multi])
    print(repr(root["docs"]), repr(Node("leaf")))
    cyc = Node("a")
    cyc.children.append(cyc)
    print(repr(cyc))
    g = Graph().edge("A", "B", 4).edge("A", "C", 1).edge("C", "B", 2).edge("B", "D", 5).edge("C", "D", 8).edge("D", "E", 3)
    g.edge("F", "A", 1)
    for target in "BDEF":
        print("A ->", target, *g.route("A", target))
    dist, _ = g.dijkstra("C")
    print(sorted(dist.items()))
    g.adj["E"]["self"] = g.adj
    print(repr(g)[:90])
    orphan = Node("tmp")
    child = orphan.add(Node("kid"))
    del orphan
    print(child.parent, child.path())


main()
