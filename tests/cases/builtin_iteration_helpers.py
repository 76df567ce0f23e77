# Iteration builtins in depth: zip(strict=True), map over several iterables, filter(None),
# enumerate(start), iter with sentinel, next with default, reversed on views, sum with start,
# min/max with key and default, sorted on generators, all/any short-circuiting, and the
# laziness of each (observed through side effects).
def noisy(name, items):
    for item in items:
        print("  %s yields %r" % (name, item))
        yield item

print(list(zip("abc", [1, 2, 3], (True, False, None))), list(zip()), list(zip("ab")))
print(list(zip("abcd", range(2))), list(zip(range(3), "xy", strict=False)))
for args in (("ab", [1, 2, 3]), ("abc", [1]), ([], [1])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip(noisy("L", [1, 2]), noisy("R", "ab"))
print("zip built lazily")
print(next(z))
pairs = [("x", 1), ("y", 2)]
letters, numbers = zip(*pairs)
print(letters, numbers, dict(zip(*zip(*pairs))))

print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(map(str.upper, "abc")), list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b22")))
m = map(lambda v: v * 10, noisy("M", [1, 2, 3]))
print("map built lazily", next(m), next(m))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)

print(list(enumerate("ab", start=10)), list(enumerate([], 5)), next(enumerate("z", -1)))
e = enumerate(noisy("E", "pq"))
print(type(e).__name__, next(e))

it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
queue = [3, 2, 1, 0, -1]
print(list(iter(queue.pop, 0)), queue)

d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(range(1, 10, 3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)

print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)), sum([], 5), sum((1.5, 2)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(min([3, 1, 2]), max("hello"), min([], default="empty"), max([], key=len, default=0), min("bb", "a", "ccc", key=len))
print(max([(1, "b"), (1, "a")]), min([-3, 2, -1], key=abs), max(range(0), default=None), max(1, 2.5, True))
for bad in (lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1], [2], default=0)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(sorted(noisy("S", [3, 1, 2])))
print(all(noisy("A", [1, 0, 2])), any(noisy("Y", [0, 3, 4])), all([]), any([]), all([[]]), any([[0]]))
print(list(range(5))[::-1] == list(reversed(range(5))), [*map(abs, [-1, -2])], {*filter(bool, [0, 1, 1])})
