# Set algebra on small ints via operators and methods; frozensets in sets.
evens = set(range(0, 10, 2))
odds = set(range(1, 10, 2))
small = {0, 1, 2, 3}
print(evens | odds == set(range(10)), evens & odds, sorted(small - evens), sorted(small ^ evens))
print(evens.isdisjoint(odds), small.issuperset({1, 2}), small > {1}, small >= small, small > small)
family = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(family), frozenset({1, 2}) in family)
s = {3, 1, 2}
s.intersection_update({1, 2, 5})
print(s)
s.difference_update({1})
print(s)
s.symmetric_difference_update({2, 4})
print(s)
print(set.union({1}, {2}, {3}), set.intersection({1, 2}, {2, 3}, {2}))
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
print({1}.union([2]), len(set("aaabbb")))
print(sorted({x * x for x in range(-3, 4)}))
