# Hashing ranges, slices and numbers; ordering None, NotImplemented, Ellipsis and types;
# containers comparing items by identity first (a NaN equals itself inside a list).


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(hash(range(0)) == hash(range(5, 5)), hash(range(0)) == hash(range(3, 1, 7)))
print(hash(range(1, 10, 3)) == hash(range(1, 9, 3)), hash(range(1, 2, 3)) == hash(range(1, 2, 5)))
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(3)) == hash(range(4)))
print(hash(range(10**20, 10**20 + 1)) == hash(range(10**20, 10**20 + 1, 7)))
print({range(3): 'a'}[range(0, 3, 1)], {range(0): 'empty'}[range(7, 2)], len({range(1, 2), range(1, 2, 9)}))
print(hash(range(0, 10, 2)), hash(range(-5, 100, 7)))
for f in [lambda: hash(slice(1)), lambda: hash(slice(1, 2, 3)), lambda: {slice(1): 2},
          lambda: {slice(None)}, lambda: hash([]), lambda: hash({}), lambda: hash((1, [2])),
          lambda: hash(frozenset([1])) == hash(frozenset([1])), lambda: hash(Ellipsis) == hash(...)]:
    show(f)

print(hash(1), hash(-1), hash(0.5), hash(-0.5), hash(2**61), hash(2**61 - 1), hash(-2**61),
      hash(1e100) == hash(int(1e100)), hash(float('inf')), hash(float('-inf')),
      hash(1.5 + 0j) == hash(1.5), hash(3 + 4j), hash(True) == hash(1 + 0j))

for f in [lambda: None < None, lambda: None <= None, lambda: None > 1, lambda: 1 > None,
          lambda: NotImplemented < NotImplemented, lambda: ... < ..., lambda: ... >= ...,
          lambda: int < float, lambda: int <= int, lambda: sorted([None, None]),
          lambda: sorted([None, 1]), lambda: max(None, None), lambda: min([None, 1]),
          lambda: print < print, lambda: object() < object(), lambda: [None] < [None],
          lambda: [None] < [None, 1], lambda: (None,) < (1,), lambda: {1} < 1, lambda: {} < {},
          lambda: b'a' < 'a', lambda: 'a' < 1, lambda: [1] < (1,), lambda: range(3) < range(4),
          lambda: slice(1) < slice(2), lambda: slice(1) < 1, lambda: 1j < None]:
    show(f)
print(None == None, None != None, ... == ..., NotImplemented == NotImplemented, None == 0,
      slice(1, 2) == slice(1, 2), range(0) == range(2, 1), range(1, 2) == range(1, 2, 5))

nan = float('nan')
print(nan == nan, nan is nan, [nan] == [nan], (nan,) == (nan,), [nan] != [nan], [[nan]] == [[nan]])
print({1: nan} == {1: nan}, {1: nan} != {1: nan}, nan in [nan], nan in (nan,), nan in {nan},
      nan in {nan: 1}, nan in iter([nan]), [nan].index(nan), [nan, 1, nan].count(nan))
print((nan, 1) < (nan, 2), [nan] < [nan], [nan] <= [nan], max([nan, 1]), min([1, nan]))
items = [1, nan]
items.remove(nan)
print(items, {nan} == {nan}, frozenset([nan]) == frozenset([nan]))


class Never:
    def __eq__(self, other):
        return False

    __hash__ = object.__hash__


n = Never()
print(n == n, [n] == [n], n in [n], [n].count(n), [n].index(n), {1: n} == {1: n},
      (n,) == (n,), [n] != [n], n in {n}, n in (n,))
