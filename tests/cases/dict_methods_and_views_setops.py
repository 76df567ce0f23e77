# Every dict method, dict views with set operations, ordering, and errors.
d = {"b": 2, "a": 1}
d["c"] = 3
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d, len(d), list(d), list(d.values()), list(d.items())[:2])
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.setdefault("a", 100), d.setdefault("g"), d)
print(d.pop("g"), d.pop("zz", "dflt"), d.popitem(), d)
print("a" in d, "zz" not in d, 1 in d.values(), ("a", 1) in d.items(), ("a", 2) in d.items())
e = d.copy()
e["a"] = -1
print(d["a"], e["a"], e == d, dict.fromkeys("xyz"), dict.fromkeys(range(3), []))
e.clear()
print(e, d | {"z": 26}, {"a": 0} | d)
d |= {"a": 11, "new": 0}
print(d)

for fn in (lambda: d["nope"], lambda: d.pop("nope"), lambda: {}.popitem(), lambda: d.update(5),
           lambda: d.update([1, 2]), lambda: d.update([("a", 1, 2)]), lambda: dict([1]), lambda: {[1]: 2},
           lambda: d | [("a", 1)], lambda: d.fromkeys(5), lambda: dict(a=1, **{"a": 2})):
    try:
        fn()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

# views are live and support set operations
inv = {"apples": 3, "pears": 0, "plums": 7}
keys, vals, items = inv.keys(), inv.values(), inv.items()
inv["kiwis"] = 2
print(keys, len(vals), sorted(vals), list(items)[-1])
other = {"pears": 1, "kiwis": 2, "figs": 9}
print(sorted(keys & other.keys()), sorted(keys | other.keys()), sorted(keys - other.keys()), sorted(keys ^ other.keys()))
print(sorted(keys & {"apples", "nothing"}), sorted(keys - ["pears"]), keys == {"apples", "pears", "plums", "kiwis"})
print(sorted(items & other.items()), sorted(items - other.items())[:2], keys.isdisjoint({"x"}), keys.isdisjoint(["kiwis"]))
print(keys <= {"apples", "pears", "plums", "kiwis", "x"}, keys < keys, keys >= {"pears"}, items >= {("pears", 0)})
print(type(keys).__name__, type(vals).__name__, type(items).__name__, type(keys & other.keys()).__name__)
print(list(reversed(keys)), list(reversed(vals)), list(reversed(items))[0], keys.mapping["apples"] if hasattr(keys, "mapping") else "")
try:
    vals & vals
except TypeError as e:
    print(type(e).__name__, e)
print(vals == vals, inv.values() == inv.values(), keys == inv.keys(), items == inv.items())
try:
    for k in inv:
        inv[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k in inv.keys():
        del inv[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(inv)

# ordering: insertion order, preserved on update, reset on delete+insert
o = dict(z=1, y=2, x=3)
o["y"] = 20
del o["z"]
o["z"] = 100
print(list(o), o == {"x": 3, "y": 20, "z": 100}, list(o) == list({"x": 3, "y": 20, "z": 100}))
print(dict(zip("abc", range(3))), dict([("k", "v")], k2="v2"), dict({"a": 1}, a=2), {**{"a": 1}, "b": 2, **{"a": 3}})
print({k: v for k, v in sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1])}, dict(sorted({"b": 1, "a": 2}.items())))
