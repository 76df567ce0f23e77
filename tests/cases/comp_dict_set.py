# Dict and set comprehensions.
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"one": 1, "two": 2}.items()})
print({x % 4 for x in range(20)})
print({n for n in range(10) if n % 2})
print({(a, b): a * b for a in range(2) for b in range(2)})
print(sorted({len(w) for w in ["aa", "b", "cc", "ddd"]}))
text = "mississippi"
print({ch: text.count(ch) for ch in text})
print({i: [j for j in range(i)] for i in range(3)})
print({x: y for x, y in zip(range(3), "xyz") if y != "y"})
