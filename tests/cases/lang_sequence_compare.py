pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1]), ([], []), ([2], [1, 5]), ((1, 2), (1, 2, 0)),
         ("abc", "abd"), ("ab", "abc"), ("B", "a"), (b"ab", b"ac"), ((1, "a"), (1, "b")), ([[1]], [[0, 5]])]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
print([1, 2] == (1, 2), "1" == 1, b"a" == "a", [1] == [True], (0.0,) == (-0.0,), range(3) == range(0, 3), range(0) == range(5, 5))
for a, b in (([1], (1,)), ([1, "a"], [1, 2]), ((None,), (None,)), ([1], "a"), ((1, 2), [1])):
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print((1, None) < (2, None), [1, None] == [1, None], (None, 1) < (None, 2) if False else "skip")
print(max([(1, "b"), (1, "a")]), min(["bb", "a", "ccc"], key=len), sorted([[2, 1], [1, 9], [1]]))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted([3, 1, 2], reverse=True))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print([1, 2, 3] * 0, [0] * -1, (1,) * 3, "ab" * 2, 3 * [None])
print((1, 2) + (3,), [1] + [2], "a" + "b", b"x" + b"y", bytearray(b"1") + b"2")
print(len((1, 2, 3)), (1, 2, 3).index(2), (1, 1).count(1), (3, 1, 2)[::2])
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
