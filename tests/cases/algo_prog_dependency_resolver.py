"""Package dependency resolver: version constraints, topological order, cycle reports."""
import sys
from collections import defaultdict, deque, OrderedDict
from functools import total_ordering, cmp_to_key, reduce
import operator


class ResolveError(Exception):
    pass


class CycleError(ResolveError):
    def __init__(self, cycle):
        self.cycle = cycle
        super().__init__(" -> ".join(cycle))


class ConflictError(ResolveError):
    def __init__(self, name, wanted, available):
        self.name, self.wanted, self.available = name, wanted, available
        super().__init__(name, wanted)

    def __str__(self):
        avail = ", ".join(map(str, self.available)) or "nothing"
        return f"no version of {self.name} satisfies {' and '.join(map(str, self.wanted))} (have {avail})"


@total_ordering
class Version:
    __slots__ = ("parts", "pre")

    def __init__(self, text):
        main, _, pre = text.partition("-")
        self.parts = tuple(int(p) for p in main.split("."))
        while len(self.parts) < 3:
            self.parts += (0,)
        self.pre = pre or None

    def _key(self):
        return self.parts, (self.pre is None, self.pre or "")

    def __eq__(self, other):
        return isinstance(other, Version) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __str__(self):
        s = ".".join(map(str, self.parts))
        return f"{s}-{self.pre}" if self.pre else s

    __repr__ = lambda self: f"V({self})"


OPS = {">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt, "==": operator.eq, "!=": operator.ne}


class Constraint:
    def __init__(self, text):
        text = text.strip()
        if text.startswith("^"):
            base = Version(text[1:])
            upper = Version(f"{base.parts[0] + 1}.0.0") if base.parts[0] else Version(f"0.{base.parts[1] + 1}.0")
            self.checks = [(">=", base), ("<", upper)]
        elif text.startswith("~"):
            base = Version(text[1:])
            self.checks = [(">=", base), ("<", Version(f"{base.parts[0]}.{base.parts[1] + 1}.0"))]
        elif text == "*":
            self.checks = []
        else:
            for sym in sorted(OPS, key=len, reverse=True):
                if text.startswith(sym):
                    self.checks = [(sym, Version(text[len(sym):]))]
                    break
            else:
                self.checks = [("==", Version(text))]
        self.text = text

    def __call__(self, version):
        return all(OPS[sym](version, v) for sym, v in self.checks)

    def __str__(self):
        return self.text

    def __and__(self, other):
        c = Constraint("*")
        c.checks = self.checks + other.checks
        c.text = f"{self.text},{other.text}"
        return c


INDEX = {
    "app": {"1.0.0": {"web": "^2.1", "db": "~1.4", "log": "*"}},
    "web": {"2.0.0": {"http": ">=1.0"}, "2.1.0": {"http": ">=1.2", "log": "^1.0"}, "2.3.1": {"http": ">=1.3", "log": "^1.1"},
            "3.0.0-beta": {"http": ">=2.0"}},
    "db": {"1.4.0": {"pool": "^0.3"}, "1.4.7": {"pool": "^0.3", "log": ">=1.0"}, "1.5.0": {}},
    "http": {"1.2.0": {}, "1.3.5": {"tls": "*"}, "2.0.0": {"tls": ">=2"}},
    "log": {"1.0.0": {}, "1.1.2": {}, "1.9.0": {}, "2.0.0": {}},
    "pool": {"0.3.1": {"log": "<2"}, "0.4.0": {}},
    "tls": {"1.0.0": {}, "1.1.0": {}, "2.0.0": {}},
    "a": {"1": {"b": "*"}}, "b": {"1": {"c": "*"}}, "c": {"1": {"a": "*"}},
    "x": {"1": {"y": ">=2"}}, "y": {"1.0": {}, "1.5": {}},
}


class Resolver:
    def __init__(self, index):
        self.index = {name: {Version(v): deps for v, deps in vers.items()} for name, vers in index.items()}
        self.steps = 0

    def candidates(self, name, constraint):
        if name not in self.index:
            raise ResolveError(f"unknown package {name!r}")
        return sorted((v for v in self.index[name] if constraint(v) and v.pre is None), reverse=True)

    def resolve(self, root, constraint="*"):
        wanted = defaultdict(list)
        wanted[root].append(Constraint(constraint))
        chosen = OrderedDict()
        queue = deque([root])
        while queue:
            self.steps += 1
            name = queue.popleft()
            combined = reduce(operator.and_, wanted[name])
            cands = self.candidates(name, combined)
            if not cands:
                raise ConflictError(name, wanted[name], sorted(self.index[name]))
            best = cands[0]
            if chosen.get(name) == best:
                continue
            chosen[name] = best
            for dep, spec in sorted(self.index[name][best].items()):
                wanted[dep].append(Constraint(spec))
                queue.append(dep)
        return chosen

    def order(self, chosen):
        graph = {n: sorted(self.index[n][v]) for n, v in chosen.items()}
        state = {}
        out = []
        path = []

        def visit(n):
            st = state.get(n)
            if st == "done":
                return
            if st == "active":
                raise CycleError(path[path.index(n):] + [n])
            state[n] = "active"
            path.append(n)
            for d in graph.get(n, ()):
                visit(d)
            path.pop()
            state[n] = "done"
            out.append(n)

        for n in sorted(graph):
            visit(n)
        return out

    def kahn(self, chosen):
        indeg = {n: 0 for n in chosen}
        users = defaultdict(list)
        for n, v in chosen.items():
            for d in self.index[n][v]:
                indeg[n] += 1
                users[d].append(n)
        ready = sorted(n for n, k in indeg.items() if k == 0)
        layers = []
        while ready:
            layers.append(ready)
            nxt = []
            for n in ready:
                for u in users[n]:
                    indeg[u] -= 1
                    if indeg[u] == 0:
                        nxt.append(u)
            ready = sorted(nxt)
        return layers


def compare_names(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


def main():
    r = Resolver(INDEX)
    for root, spec in [("app", "*"), ("web", "<2.2"), ("db", "~1.4"), ("a", "*"), ("x", "*"), ("nope", "*"), ("web", ">=3")]:
        print(f"== resolve {root} {spec}")
        try:
            chosen = r.resolve(root, spec)
            print("  chosen:", ", ".join(f"{k}={v}" for k, v in chosen.items()))
            print("  order:", r.order(chosen))
            print("  layers:", r.kahn(chosen))
        except CycleError as e:
            print("  cycle:", e, "| length", len(e.cycle) - 1)
        except ConflictError as e:
            print("  conflict:", e, "| args:", e.args[0], [str(c) for c in e.args[1]])
        except ResolveError as e:
            print("  error:", e)
    print("steps:", r.steps)
    vs = [Version(t) for t in ["1.0", "1.0.0-rc1", "0.9.9", "1.0.1", "1.0.0-alpha", "10.0", "2.0"]]
    print(sorted(vs), max(vs), min(vs), Version("1") == Version("1.0.0"), len(set(vs + [Version("1.0.0")])))
    for text in ["^1.2.3", "^0.2.1", "~1.4", ">=1.0", "!=1.1.2", "1.9"]:
        c = Constraint(text)
        print(f"  {text:>8}:", [str(v) for v in sorted(r.index["log"]) + sorted(r.index["db"]) if c(v)])
    names = sorted(INDEX, key=cmp_to_key(compare_names))
    print(names)
    print(sorted(INDEX.items(), key=lambda kv: (-len(kv[1]), kv[0]))[0][0])
    both = Constraint(">=1.0") & Constraint("<1.5")
    print(both, [both(Version(v)) for v in ("0.9", "1.0", "1.4.9", "1.5")])


main()
