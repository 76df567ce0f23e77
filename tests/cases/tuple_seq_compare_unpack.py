# tuple methods, lexicographic comparison across sequence types, and unpacking errors.
t = (1, "two", 3.0, [4], (5,), 1)
print(t.count(1), t.index(1), t.index(1, 1), t.count([4]), t.index((5,)), len(t), t[1:3], t[::-2], t * 2 == t + t)
for fn in (lambda: t.index(99), lambda: t.index(1, 1, 4), lambda: t[10], lambda: (1,) + [2]):
    try:
        fn()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(3)), (1,), (), tuple(x * x for x in range(3)), (1, 2)[-1])
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b, (1, [2]) == (1, [2]), hash((1, 2)) == hash(b))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
inner = ([1], 2)
inner[0].append(3)
print(inner)
try:
    inner[0] += [4]
except TypeError as e:
    print(type(e).__name__, e, inner)

# comparisons: lexicographic, first difference decides, then length
pairs = [((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((), ()), ((2,), (1, 9, 9)), ([1, "a"], [1, "b"]), ("abc", "abd"),
         ("Z", "a"), ("", "a"), (b"ab", b"b"), ((1, 2.0), (1, 2)), ([0.1 + 0.2], [0.3])]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x > y, x >= y)
nan = float("nan")
same = (nan,)
print(same == same, [nan] == [nan], [same] == [same], nan == nan)
for x, y in (((1, "a"), (1, 2)), ([1, 2], (1, 2)), ("a", ["a"]), ((1,), [1])):
    print(repr(x), repr(y), x == y, end=" ")
    try:
        print(x < y)
    except TypeError as e:
        print(type(e).__name__, e)
print(max([(2, "b"), (2, "a"), (1, "z")]), sorted([[2, 1], [1, 2], [1], []]), (3, 4) in [(3, 4)], min("hello", "help"))

# unpacking
first, *middle, last = range(6)
print(first, middle, last)
(p, q), r = "xy", [1]
print(p, q, r)
*init, tail = "a"
print(init, tail)
x, (y, *zs), w = 1, (2, 3, 4), 5
print(x, y, zs, w)
for code in ("a, b = 1, 2, 3", "a, b, c = 1, 2", "a, b = 1", "a, *b, c = [1]", "(a, b), c = [1, 2], 3", "a, b = 'abc'",
             "a, b = {'k': 1}", "[a] = []", "a, b = iter([1])", "a, *b = 5", "*a, b, c = 'xy'", "a, b = None"):
    try:
        exec(code, {})
        print(code, "-> ok")
    except (ValueError, TypeError) as e:
        print(code, "->", type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
    print("generator exhausted")
g1, g2, g3 = gen()
print(g1, g2, g3)
try:
    h1, h2 = gen()
except ValueError as e:
    print(type(e).__name__, e)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
