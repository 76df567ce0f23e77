B = 2**70
for args in [(B, B + 10), (B + 10, B, -3), (-B, B, B // 3)]:
    it = iter(range(*args)); next(it); next(it)
    print(it.__reduce__(), it.__length_hint__())
    it.__setstate__(5); print(it.__reduce__()[2], next(it, "end"), it.__length_hint__())
    it.__setstate__(-4); print(it.__reduce__()[2], next(it, "end"))
    it.__setstate__(10**30); print(it.__reduce__(), next(it, "end"))
    for _ in it: pass
    print(it.__reduce__())
r = reversed(range(B, B + 5)); next(r); print(r.__reduce__(), list(r))
