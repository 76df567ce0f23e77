# Dict views against non-iterables, mutation during iteration, recursive view reprs,
# dict subclasses merged by dict()/update()/**, slice assignment messages, iterator hints.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

k = {"a": 1, "b": 2}.keys()
it = {"a": 1}.items()
for label, f in [("k&1", lambda: k & 1), ("1&k", lambda: 1 & k), ("k|1", lambda: k | 1),
                 ("k-1", lambda: k - 1), ("1-k", lambda: 1 - k), ("k^None", lambda: k ^ None),
                 ("it|2.5", lambda: it | 2.5), ("k&[a]", lambda: sorted(k & ["a"])),
                 ("[z]-k", lambda: sorted(["z", "a"] - k))]:
    t(label, f)

def swap_keys():
    d = {1: 1, 2: 2}
    seen = []
    for x in d:
        seen.append(x)
        del d[x]
        d[x + 10] = 1
    return seen
t("swap keys", swap_keys)
def grow():
    d = {1: 1}
    for x in d:
        d[x + 1] = 1
t("grow", grow)

d = {}
d["v"] = d.values()
d["k"] = d.keys()
d["i"] = d.items()
print(d)

class Doubling(dict):
    def __getitem__(self, key): return super().__getitem__(key) * 2
    def keys(self): return ["x"]
g = Doubling(a=1)
t("dict(g)", lambda: dict(g))
t("update", lambda: ({}.update(g), {**g}))
def kw(**kws): return kws
t("f(**g)", lambda: kw(**g))
class IterKeys(dict):
    def __iter__(self): return iter(["a"])
    def __getitem__(self, key): return "via getitem"
t("dict(IterKeys)", lambda: dict(IterKeys(a=1)))

def assign(stmt):
    x = list(range(6))
    try:
        exec(stmt, {"x": x})
        print(stmt, x)
    except Exception as e:
        print(stmt, type(e).__name__, e)
for stmt in ["x[::2] = 1", "x[::-1] = None", "x[1:3] = 5", "x['a':] = 1",
             "x[1:2] = (1 // 0 for _ in 'a')", "x[::2] = 'abc'", "x[::3] = [7]"]:
    assign(stmt)

for label, obj in [("list", iter([1, 2, 3])), ("tuple", iter((1,))), ("range", iter(range(4))),
                   ("str", iter("héllo")), ("bytes", iter(b"ab")), ("dict", iter({1: 2})),
                   ("items", iter({1: 2, 3: 4}.items())), ("set", iter({1, 2, 3})),
                   ("rev list", reversed([1, 2])), ("rev range", reversed(range(1, 9, 3))),
                   ("rev tuple", reversed((1, 2, 3)))]:
    next(obj)
    print(label, type(obj).__name__, obj.__length_hint__(), list(obj))
