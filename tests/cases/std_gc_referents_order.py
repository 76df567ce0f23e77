# gc.get_referents: what a container refers to, in CPython's order.
import gc

print(gc.get_referents([1, [2], (3,), None]))
print(gc.get_referents((1, "a", [2])))
print(gc.get_referents({"a": [1], "b": 2}))
print(gc.get_referents({1: "x", "a": 2}))
print(gc.get_referents({(1, 2): [3]}))
print(gc.get_referents({}), gc.get_referents([]), gc.get_referents(()))
print(sorted(gc.get_referents({1, 2, 3})))
print(gc.get_referents(1), gc.get_referents("abc"), gc.get_referents(None))
print(gc.get_referents([1], (2,), {"k": 3}))
inner = [0]
outer = [inner, inner]
refs = gc.get_referents(outer)
print(len(refs), all(r is inner for r in refs))
print(gc.get_referrers is not None, callable(gc.get_referents))
