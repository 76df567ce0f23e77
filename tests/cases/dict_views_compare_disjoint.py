# dict views: ordering comparisons of keys/items views with sets and other views (by
# length and containment, never building a set), isdisjoint, and .mapping.
d = {"a": 1, "b": 2, "c": 3}
k, i, v = d.keys(), d.items(), d.values()
small = {"a": 1}
print(k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, k <= k, k < k, k > small.keys(), k >= {"a"})
print({"a"} < k, {"a", "b", "c"} == k, frozenset("abc") >= k, k == {"a": 0, "b": 0, "c": 0}.keys())
print(i >= {("a", 1)}, i > small.items(), i <= set(d.items()), i == {("a", 1), ("b", 2), ("c", 3)})
print(i == {("a", 1), ("b", 2), ("c", 4)}, i != small.items(), k != {"a", "b", "c"})
# values views and other iterables do not compare as sets
print(v == v, v == d.values(), k == ["a", "b", "c"], i == [("a", 1)])
for op in (lambda: k < ["a"], lambda: v < v, lambda: k <= "abc", lambda: i > (1, 2)):
    try:
        print(op())
    except TypeError as e:
        print("TypeError", e)
# unhashable values: comparisons and containment still work
u = {"x": [1], "y": {"z": 2}}
print(u.items() == {"x": [1], "y": {"z": 2}}.items(), u.items() <= {"x": [1], "y": {"z": 2}, "w": 0}.items())
print(("x", [1]) in u.items(), ("x", [2]) in u.items(), ("q", [1]) in u.items())

print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), k.isdisjoint(iter("zzb")), k.isdisjoint(""), k.isdisjoint(k))
print(i.isdisjoint({("a", 2)}), i.isdisjoint([("c", 3)]), {}.keys().isdisjoint({}.keys()), small.keys().isdisjoint(d.keys()))
for bad in (lambda: k.isdisjoint(), lambda: k.isdisjoint(1), lambda: i.isdisjoint(x=1), lambda: k.isdisjoint([[1]])):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(hasattr(v, "isdisjoint"), [n for n in dir(k) if not n.startswith("_")], [n for n in dir(v) if not n.startswith("_")])

mp = k.mapping
print(type(mp).__name__, mp["b"], len(mp), list(mp), "a" in mp, mp.get("z", "none"))
print(i.mapping == d, v.mapping["c"], k.mapping.keys() == k)
d["d"] = 4
print(len(mp), sorted(mp.items()))
try:
    mp["e"] = 5
except TypeError as e:
    print("TypeError", e)
try:
    k.mapping = {}
except AttributeError as e:
    print("AttributeError", e)
