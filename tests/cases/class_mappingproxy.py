# A class's __dict__ is a read-only mappingproxy; mappingproxy(m) wraps any mapping.


class C:
    """doc"""
    a = 1

    def f(self):
        return 2


d = C.__dict__
mappingproxy = type(d)
print(type(d).__name__, mappingproxy, type(int.__dict__) is mappingproxy)
print(d["a"], d.get("a"), d.get("zz", 5), "a" in d, "zz" in d, d["__doc__"])
print([k for k in d if not k.startswith("__")], len(d) >= 4)
print([k for k in d.keys() if k == "f"], [v for k, v in d.items() if k == "a"])
print(sorted(v for v in d.values() if isinstance(v, int)))
for action in ("d['a'] = 2", "d['new'] = 1", "d.pop('a')", "d.x = 1", "hash(d)"):
    try:
        exec(action)
        print(action, "ok")
    except (TypeError, AttributeError) as e:
        print(action, "->", type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
# Changes to the class show through the proxy.
C.b = 3
print(d["b"], C.__dict__["b"], vars(C)["a"])

# Wrapping a mapping.
src = {"x": 1, "y": 2}
mp = mappingproxy(src)
print(mp, repr(mp), str(mp), len(mp), list(mp), mp["x"])
print(list(mp.keys()), list(mp.values()), list(mp.items()), list(reversed(mp)))
print(mp.copy(), type(mp.copy()).__name__, mp == src, mp != src, mp == {"x": 1})
print(mp | {"z": 3}, {"w": 0} | mp, dict(mp), {**mp})
src["late"] = True
print(mp, "late" in mp)
for bad in ([1], (1,), 5):
    try:
        mappingproxy(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    mp |= {"q": 1}
except TypeError as e:
    print("TypeError", e)
try:
    mappingproxy()
except TypeError as e:
    print("TypeError", e)
print(mappingproxy(mapping={"k": "v"}), mappingproxy(mp))
