print([x * y for x in range(3) for y in range(3) if x != y])
print([[j for j in range(i)] for i in range(4)])
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in range(9)} == {0, 1, 2})
print(list(x for x in range(5) if x % 2), sum(x * x for x in range(4)), tuple(c for c in "hi"))
x = "outer"
print([x for x in "ab"], x)
print([y for y in range(3) if (z := y * 2) > 1], z)
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [v for row in matrix for v in row if v % 2 == 0])
class K:
    n = 3
    vals = [i for i in range(n)]
print(K.vals)
try:
    class K2:
        n = 3
        vals = [n for i in range(2)]
except NameError as e:
    print(type(e).__name__, e)
try:
    [1 / (i - 1) for i in range(3)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
nested = [(a, b) for a in range(3) if a for b in range(a) if b >= 0]
print(nested)
print({i: [j for j in range(i)] for i in range(3)})
print([i for i in range(10)][::3], [c.upper() for c in "abc" if c != "b"])
lazy = (1 / i for i in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("lazy", type(e).__name__, e)
try:
    (i for i in 5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({s for s in ["b", "a", "b"]}), dict.fromkeys(c for c in "aab"))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([(yield_ := v) for v in range(2)], yield_)
