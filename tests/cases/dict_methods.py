# dict methods: keys/values/items views, setdefault, pop, popitem, update, copy, clear.
d = {"one": 1, "two": 2, "three": 3}
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
ks = d.keys()
d["four"] = 4
print(ks, len(ks), "four" in ks)
print(d.setdefault("one", 100), d.setdefault("five", 5), d)
print(d.pop("two"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"one": 11, "six": 6})
d.update(seven=7)
d.update([("eight", 8)])
print(d)
c = d.copy()
c["one"] = "changed"
print(d["one"], c["one"])
c.clear()
print(c)
print({"a": 1} | {"b": 2}, {"a": 1, "b": 1} | {"a": 3})
x = {"a": 1}
x |= {"c": 3}
print(x)
print(d.keys() & {"one", "zz"}, d.keys() - {"one", "three", "five", "four", "six", "seven"})
for k, v in {"x": 1, "y": 2}.items():
    print(k, v)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
it = {"a": 1}
try:
    for k in it:
        it["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed({"a": 1, "b": 2, "c": 3})))
