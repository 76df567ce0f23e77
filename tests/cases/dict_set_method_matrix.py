# dict, dict view, set and frozenset methods and operators over a spread of contents.
def canon(r):
    # Sets of strs print in hash order, which differs between runs: sort them.
    if isinstance(r, (set, frozenset)):
        return type(r).__name__ + repr(sorted(r, key=repr))
    if isinstance(r, tuple):
        return tuple(canon(x) for x in r)
    return r
def show(label, f):
    try: r = canon(f())
    except Exception as e: r = type(e).__name__ + ": " + repr(e.args)
    print(label, repr(r))
ds = [{}, {1: "a"}, {"x": 1, "y": 2, "z": 3}, {1: 1, 1.0: 2, True: 3}, {(1, 2): [3], None: 0, "": ""}]
for d0 in ds:
    for name, a in [("get", (1,)), ("get", ("x", "dflt")), ("pop", ("x",)), ("pop", (99,)), ("pop", (99, None)), ("popitem", ()), ("setdefault", ("x",)), ("setdefault", ("new", [])), ("update", ({"x": 9},)), ("update", ([("k", "v")],)), ("update", ([("k",)],)), ("update", ([1],)), ("copy", ()), ("clear", ()), ("keys", ()), ("values", ()), ("items", ()), ("__getitem__", ("x",)), ("__getitem__", ([],)), ("__delitem__", ("y",)), ("__contains__", (1,)), ("__len__", ()), ("__or__", ({"q": 1},)), ("__ror__", ({"q": 1},)), ("__ior__", ([("r", 2)],)), ("__eq__", ({1: "a"},)), ("__reversed__", ())]:
        d = dict(d0)
        show(f"{sorted(d0.items(), key=repr)!r}.{name}{a!r}", lambda: (getattr(d, name)(*a), d) if name not in ("keys", "values", "items", "__reversed__") else list(getattr(d, name)(*a)))
    k = dict(d0).keys()
    show("views", lambda: (k & {1, "x"}, k | {"w"}, k - {1}, k ^ {1, 5}, k <= {1, "x", "y", "z", 1.0}, k.isdisjoint([7]), len(k), 1 in k, repr(dict(d0).items())[:60], dict(d0).items() & {(1, "a")}))
show("fromkeys", lambda: (dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([])))
show("ctor", lambda: (dict([(1, 2)], a=3), dict({"a": 1}, a=2), dict(zip("ab", "cd"))))
show("bad ctor", lambda: dict([1, 2]))
show("bad ctor2", lambda: dict([(1, 2, 3)]))
show("bad ctor3", lambda: dict(1))
show("unhashable", lambda: {[]: 1})
show("cmp", lambda: {1: 2} < {1: 2})
ss = [set(), {1}, {1, 2, 3}, frozenset({2, 3, 4}), {(1,), "a"}]
for s0 in ss:
    for name, a in [("add", (5,)), ("discard", (1,)), ("remove", (9,)), ("pop", ()), ("union", ([7], (8,))), ("intersection", ({2, 3},)), ("difference", ({1},)), ("symmetric_difference", ({1, 9},)), ("issubset", ([1, 2, 3, 4],)), ("issuperset", ({1},)), ("isdisjoint", ([2],)), ("update", ([4],)), ("intersection_update", ({1, 2},)), ("difference_update", ([3],)), ("symmetric_difference_update", ({2, 5},)), ("copy", ()), ("clear", ()), ("__or__", ({1},)), ("__and__", ([1],)), ("__sub__", (frozenset({1}),)), ("__xor__", ({3},)), ("__le__", ({1, 2},)), ("__lt__", ({1, 2, 3, 4},)), ("__eq__", (frozenset({1}),)), ("__contains__", ([],)), ("__contains__", ({1},))]:
        s = set(s0) if isinstance(s0, set) else s0
        if not hasattr(s, name):
            print(type(s).__name__, "has no", name); continue
        show(f"{canon(s0)!r}.{name}{canon(a)!r}", lambda: (getattr(s, name)(*a), sorted(s, key=repr)) if name not in ("pop",) else (type(getattr(s, name)(*a)).__name__, len(s)))
