# Every set and frozenset method, operators vs methods (which accept any iterable), in-place
# forms, and errors. Only ints are stored so the printed order is deterministic.
s = {1, 2, 3}
t = frozenset({3, 4, 5})
print(s.union(t), s.union([9], (8,)), s | t, t | s, type(t | s).__name__, type(s | t).__name__)
print(s.intersection(t), s.intersection([1, 2], range(2, 9)), s & t, t & s, s.intersection())
print(s.difference(t), s.difference([1], {2}), s - t, t - s, t.difference())
print(s.symmetric_difference(t), s ^ t, s.symmetric_difference([1, 10]))
print(s.issubset(range(5)), s <= {1, 2, 3}, s < {1, 2, 3}, s.issuperset([1, 2]), s >= {1}, s > {1, 2, 3})
print(s.isdisjoint([7, 8]), s.isdisjoint(t), t.isdisjoint(range(3)), set() <= s, frozenset() < t)
print(s == {3, 2, 1}, s == frozenset({1, 2, 3}), t == {3, 4, 5}, s != t, {1} == [1])
for bad in ("s | [1]", "s & (1,)", "s - 'ab'", "s ^ range(3)", "s < [1]", "s <= 5"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", type(e).__name__, e)

u = {10, 20}
u.add(30)
u.add(10)
u.update([40], range(50, 52))
print(u)
u.discard(999)
u.discard(10)
u.remove(20)
print(u, u.pop() in {30, 40, 50, 51}, len(u))
u.clear()
print(u, u.copy(), set(), frozenset(), repr(set()), repr(frozenset()))

v = {1, 2, 3, 4}
v.intersection_update({2, 3, 4, 5}, [3, 4, 6])
print(v)
v.difference_update([4], {99})
print(v)
v.symmetric_difference_update({3, 7})
print(v)
w = {1, 2}
alias = w
w |= {3}
w &= {1, 3, 4}
w -= {1}
w ^= {3, 9}
print(w, w is alias)
f = frozenset({1, 2})
f_alias = f
f |= {3}
print(f, f is f_alias, f_alias, type(f).__name__)

for fn in (lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1}.add([2]), lambda: frozenset().add,
           lambda: {1}.update(5), lambda: set(1), lambda: {{1}}, lambda: {1}.issubset(3)):
    try:
        r = fn()
        print("ok", type(r).__name__)
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# frozensets are hashable, usable as keys and as members of sets
groups = {frozenset({1, 2}): "a", frozenset({2, 1}): "b", frozenset(): "empty"}
print(len(groups), groups[frozenset([1, 2])], {frozenset({1}), frozenset({1})}, hash(frozenset()) == hash(frozenset([])))
print(frozenset(range(3)) | {7}, {7} | frozenset(range(3)), type({7} | frozenset()).__name__)
print(frozenset([1, 2]).copy() is not None, frozenset("") == set(), set(frozenset({5})), sorted(frozenset({3, 1, 2})))

# subclass results
class Tags(set):
    pass
tg = Tags([1, 2])
print(type(tg | {3}).__name__, type(tg.union([3])).__name__, type(tg.copy()).__name__, isinstance(tg, set))

# comprehension and membership with mixed numeric types
sq = {x * x for x in range(-3, 4)}
print(sq, 4.0 in sq, True in {1}, len({1, 1.0, True}), {0, False, 0.0})
print(max({3, 9, 1}), min(frozenset({3, 9, 1})), sum({1, 2, 3}), sorted({5, 1, 3}, reverse=True), any(set()), all(set()))
