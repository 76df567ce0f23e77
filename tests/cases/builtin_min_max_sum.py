# min, max, sum with iterables, multiple args, key, default, start.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(max([], default="empty"), min((), default=None))
print(max([1, 3, 3], key=lambda x: 0), min([(1, "b"), (1, "a")]))
print(max(-1, -5, key=abs), min({3: "x", 1: "y"}))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([]), sum(range(5), start=100))
print(sum([[1], [2, 3]], []), sum([True, True, False]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(max(1, 2.5), min(2, 2.0), max(2.0, 2))
