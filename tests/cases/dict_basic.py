# dict creation, insertion order, access, update, deletion.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d))
print(d["a"], d.get("zz"), d.get("zz", 0), "a" in d, "zz" not in d, 10 in d)
del d["b"]
d["b"] = 5
print(d)
print(dict(x=1, y=2), dict([("k", "v")]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
print({}, dict(), {1: "int", 1.0: "float overwrote", True: "bool overwrote"})
e = {}
e[(1, 2)] = "tuple"
e[None] = "none"
e[3.5] = "float"
print(e)
try:
    d["missing"]
except KeyError as err:
    print("KeyError:", err)
print(d == {"a": 2, "c": 3, "b": 5}, d == {"a": 2})
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested)
print(str({"q": "it's"}), repr({1: [2]}))
