s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1); print(sorted(s))
print(sorted(s.union([9], (8,))), sorted(s.intersection({2, 3, 7})), sorted(s.difference({2})), sorted(s.symmetric_difference({3, 5})))
print(s.issubset({2, 3, 4, 5}), s.issuperset({2}), s.isdisjoint({7}), {1} <= {1}, {1} < {1}, frozenset([1]) == {1})
t = s.copy(); t.update([10], {11}); t.intersection_update({10, 11, 2}); print(sorted(t))
t.difference_update({10}); t.symmetric_difference_update({2, 50}); print(sorted(t))
u = {1, 2}; u |= {3}; u &= {1, 3}; u -= {1}; u ^= {4}; print(sorted(u))
print(t.pop() in (11, 50), len(t))
t.clear(); print(t, set(), frozenset(), type({1} | frozenset([2])).__name__, type(frozenset([2]) | {1}).__name__)
for call in (lambda: {1}.remove(2), lambda: set().pop(), lambda: {[1]}, lambda: {1}.add([2]), lambda: {1} | [2],
             lambda: {1}.union(5), lambda: frozenset().add(1), lambda: {1} < [1], lambda: set(1), lambda: {1}.issubset(3),
             lambda: {1} + {2}, lambda: {1}.discard({2}) , lambda: {1}.remove({2})):
    try:
        print(call())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    s2 = {1, 2}
    for x in s2:
        s2.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted({x % 3 for x in range(10)}), set("aab") == {"a", "b"}, {1, 2} == {2, 1}, 2 in {1, 2}, {frozenset([1])})
print(hash(frozenset()) == hash(frozenset()), {1, 1.0, True}, len({0, False, 0.0}), {None} , {(1, 2)})
print(repr({-1}), repr({1, 2, 3}), repr(frozenset({5})), set([3, 2, 1]) - {2})
