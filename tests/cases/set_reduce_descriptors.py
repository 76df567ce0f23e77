# set and frozenset methods as descriptors of their own type (set.union refuses a
# frozenset receiver and the reverse), and the reductions of set, frozenset, range and
# slice, with a subclass instance's class and attributes.
def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)


class S(set):
    pass


class F(frozenset):
    pass


for f in [lambda: set.union(1), lambda: frozenset.union(1), lambda: frozenset.__len__(set()),
          lambda: set.__contains__(frozenset(), 1), lambda: set.copy(frozenset()),
          lambda: frozenset.copy(set()), lambda: set.union(), lambda: frozenset.isdisjoint(),
          lambda: set.__len__(), lambda: frozenset.issubset({1}, [1]),
          lambda: set.issubset(frozenset([1]), [1]), lambda: sorted(set.union(S([1]), [2])),
          lambda: sorted(frozenset.union(F([1]), [2])), lambda: set.__len__(S([1, 2])),
          lambda: frozenset.__contains__(F([3]), 3), lambda: set.difference({1, 2}, frozenset([1]))]:
    show(f)
sub = S([1, 2])
print(sub.__reduce__(), F([7]).__reduce__(), frozenset().__reduce__(), {3}.__reduce_ex__(2))
sub.tag = "t"
print(sub.__reduce__(), sub.__reduce_ex__(4))
show(lambda: set.__reduce__(1))
show(lambda: set().__reduce__(1))
show(lambda: frozenset.__reduce__(set()))
print(range(1, 2, 3).__reduce__(), range(2**70).__reduce_ex__(2), range(5).__reduce__(1))
print(slice(1).__reduce__(), slice(1, "a", [2]).__reduce_ex__(4))
cls, args = range(-3, 9, 2).__reduce__()
print(cls(*args) == range(-3, 9, 2), list(cls(*args)))
cls, args, state = sub.__reduce__()
copy = cls(*args)
copy.__dict__.update(state)
print(type(copy).__name__, sorted(copy), copy.tag)
