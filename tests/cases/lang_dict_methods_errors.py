d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("c"), d.pop("z", "dflt"), d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); d.update(w=4); print(d)
print(list(d.keys()), list(d.values()), list(d.items()), len(d), "x" in d, 1 in d)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip("ab", [1, 2])))
print({1: 1} | {2: 2}, {1: 1, 2: 2} | {1: "x"})
e = {1: 1}; e |= {3: 3}; print(e)
for call in (lambda: d["missing"], lambda: {}.pop("k"), lambda: {}.popitem(), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]),
             lambda: {}.update(1), lambda: {}.update([1]), lambda: {[1]: 1}, lambda: {1: 1} | [(2, 2)],
             lambda: dict(1), lambda: {}[[1]]):
    try:
        print(call())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
k = d.keys(); v = d.values(); it = d.items()
d["late"] = 0
print(len(k), "late" in k, 0 in v, ("late", 0) in it)
print({"a": 1}.keys() & {"a", "b"}, {"a": 1}.keys() | {"c"} == {"a", "c"}, {1: 2}.items() - {(1, 2)})
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, dict(reversed({1: 1, 2: 2}.items())), list(reversed({1: 0, 2: 0})))
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a="x")
print(m["a"], m["b"], m.get("b"), "b" in m)
dd = {}
dd[1] = "int"; dd[1.0] = "float"; dd[True] = "bool"
print(dd)
r = {"z": 1, "a": 2}
del r["z"]; r["z"] = 3
print(r, list(r), repr({}), {(1, 2): [3]})
