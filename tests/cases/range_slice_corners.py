# range slicing, indexing, index/count with ints, floats, bools and custom equality, equality
# and hashing by the sequence they produce, big-int ranges; slice.indices for any sizes.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Index:
    def __index__(self):
        return 4


class EqualsEleven:
    def __eq__(self, other):
        return other == 11


r = range(3, 20, 4)
for key in [slice(1, None), slice(None, None, -1), slice(-100, 100), slice(5, 1, -2), slice(None, None, 0), 10, -6, 1.0, Index()]:
    show(lambda: r[key])
for x in [7, 8, True, 7.0, 8.0, "a", None, 2**70, EqualsEleven()]:
    print(repr(x) if not isinstance(x, EqualsEleven) else "EqualsEleven", end=": ")
    show(lambda: (r.index(x), r.count(x), x in r))
show(lambda: range(1, 2).index(True))
show(lambda: range(2).index(False))
print(range(0) == range(5, 1), range(1, 10, 3) == range(1, 11, 3), range(1, 2, 5) == range(1, 2, 7))
print(range(3) == [0, 1, 2], hash(range(0)) == hash(range(3, 3)), hash(range(1, 2, 5)) == hash(range(1, 2, 8)))
show(lambda: range(3) < range(4))
big = range(-2**70, 2**70, 3**20)
print(big[5], big[-1], big.index(-2**70 + 3**20), 2**70 - 1 in big, big.count(-2**70))
print(big[::-(2**40)], big[2**65:], len(range(2**100)) if False else range(2**100)[2**99])
show(lambda: len(range(2**100)))
show(lambda: big[2**80])
print(list(reversed(range(2**64, 2**64 + 3))), next(reversed(range(2**64))))
for args in [(0, 10, 0), ("1",), (1.5,), (), (1, 2, 3, 4), (True, 3), (Index(),)]:
    show(lambda: range(*args))
show(lambda: range(x=1))
print(repr(range(0, 5, 1)), range(-3), list(range(5)[::-1][1::2]), iter(range(3)).__length_hint__())
for s, n in [(slice(1, 10, 2), 5), (slice(None, None, -1), 4), (slice(-100, 100), 7), (slice(1), -1),
             (slice(0, 1, 0), 1), (slice("a"), 3), (slice(None, None, -2**70), 10), (slice(2**70), 5),
             (slice(Index(), Index()), 9), (slice(1.0), 2)]:
    show(lambda: s.indices(n))
show(lambda: slice(1, 2).indices())
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(None), slice(1, 2, 3).step)
show(lambda: slice(1, 2) < slice(1, "a"))
show(lambda: hash(slice(1)))
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
