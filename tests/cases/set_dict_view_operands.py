# Sets mixed with the set-like dict views: operators both ways, in-place operators on a set
# (which fall back to the view's reflected operator), the dunders called directly (a set's
# answer NotImplemented for a view), comparisons, and (key, value) membership in items().
def t(f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = (type(r).__name__, sorted(r))
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
d = {1: "a", 2: "b", 3: "c"}
k = d.keys(); it = d.items()
t(lambda: {1, 2} | k); t(lambda: k | {9}); t(lambda: k & {1, 7}); t(lambda: {1, 7} & k); t(lambda: k - {1}); t(lambda: {1, 9} - k); t(lambda: k ^ [3, 4]); t(lambda: [3, 4] ^ k)
t(lambda: k == {1, 2, 3}); t(lambda: {1, 2, 3} == k); t(lambda: k <= {1, 2, 3, 4}); t(lambda: {1} < k); t(lambda: k > frozenset([1])); t(lambda: k.isdisjoint([5])); t(lambda: k.isdisjoint(5))
t(lambda: {1, 2}.issubset(k)); t(lambda: {1, 2}.union(k)); t(lambda: frozenset(k) == k); t(lambda: sorted(it & {(1, "a"), (5, "e")})); t(lambda: it | {(0, "z")} == {(0, "z"), (1, "a"), (2, "b"), (3, "c")})
t(lambda: d.values() == d.values()); t(lambda: d.values() | {1}); t(lambda: k | 1); t(lambda: k & 1); t(lambda: 1 - k); t(lambda: k < 1)
t(lambda: it & [[1]]); t(lambda: (1, "a") in it); t(lambda: [1] in it); t(lambda: ([1], 2) in it)
s = {1, 2}
s |= k; print(sorted(s)); s &= k; print(sorted(s)); s -= k; print(sorted(s)); s ^= k; print(sorted(s))
t(lambda: s.__ior__(k)); t(lambda: set.__or__(s, k)); t(lambda: k.__or__({1})); t(lambda: k.__ror__({1}) if hasattr(k, "__ror__") else "no ror")
t(lambda: k.mapping); t(lambda: type(k.mapping).__name__); t(lambda: repr(d.keys())); t(lambda: reversed(k).__next__())
t(lambda: {1, 2}.symmetric_difference(k)); t(lambda: {1, 2} ^ k)
t(lambda: frozenset([1]) | k); t(lambda: k | frozenset([1]))
d = {1: 2}
k = d.keys()
for n in ["__eq__", "__ne__", "__lt__", "__le__", "__or__", "__ror__", "__and__", "__sub__", "__rsub__", "__xor__", "__contains__", "__len__", "__iter__", "__reversed__", "isdisjoint"]:
    for v in (k, d.items()):
        try:
            print(n, type(v).__name__, getattr(v, n)({1}) if n not in ("__len__", "__iter__", "__reversed__") else "ok")
        except Exception as e:
            print(n, type(v).__name__, type(e).__name__, e)
t(lambda: ([1], 2) in d.items())
d = {1: [2], (1, 2): 3, "a": float("nan")}
it = d.items()
class T(tuple): pass
print(T((1, [2])) in it)
try: print(([], 1) in it)
except TypeError as e: print(e)
