# enumerate and zip.
print(list(enumerate("abc")))
print(list(enumerate("abc", start=1)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip("xy", [10, 20])):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
print(list(zip(*[(1, "a"), (2, "b")])))
print(dict(zip(["k1", "k2"], [1, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "end"))
print(type(e).__name__, type(zip()).__name__)
