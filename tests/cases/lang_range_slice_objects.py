r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], 5 in r, 6 in r, r.index(8), r.count(11))
print(range(5)[-2], range(0), list(range(5, 0, -2)), range(10)[3:100], len(range(10, 0)), range(-5, 5, 4)[1])
print(r.start, r.stop, r.step, range(3) == range(0, 3, 1), range(0, 3, 2) == range(0, 4, 2))
for call in (lambda: range(1, 2, 0), lambda: range(10)[10], lambda: range(1.5), lambda: r.index(7), lambda: range("a"),
             lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(3)["x"]):
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
big = range(10**20)
print(len(range(0, 10**20, 10**10)), big[-1], 10**19 in big, big[10**19:10**19 + 2])
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(5), slice(1, 2))
print(slice(None, None, -1).indices(4), "abcdef"[s], [0, 1, 2, 3][slice(None, None, -2)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc"[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc"[1.5:]
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice("a", None)))
print(list(reversed(range(1, 10, 4))), sum(range(101)), min(range(3, 9)), sorted(range(3), reverse=True), bool(range(0)))
