# Sorting keys that are all ints, strs or floats (the standard library's stable sort) gives
# CPython's order, also with reverse=, -0.0 beside 0.0, NaNs (timsort), bools and lone surrogates.
data = [(i * 7919) % 1009 for i in range(3000)]
print(sorted(data)[:10], sorted(data, reverse=True)[:5])
fl = [((i * 31) % 17) / 4 - 2 for i in range(50)] + [0.0, -0.0, -0.0, 0.0]
print(sorted(fl)[:12])
print([str(x) for x in sorted([0.0, -0.0, 0.0, -0.0])], [str(x) for x in sorted([0.0, -0.0, 0.0, -0.0], reverse=True)])
nan = float('nan')
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]))
words = "the quick brown fox jumps over the lazy dog THE Quick".split()
print(sorted(words), sorted(words, reverse=True), sorted(words, key=str.lower))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([1, True, 0, False, 2]), sorted([2**70, 5, -3]), sorted(["b", "a", "\ud800", "\U0001f600", "é"]))
l = [5, 3, 1]; l.sort(); print(l)
pairs = [(1, 'b'), (0, 'z'), (1, 'a')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(range(20), key=lambda x: x % 3), sorted(range(20), key=lambda x: -(x % 3), reverse=True))
print(ascii(sorted(["\udc80z", "\U00010000", "\udc80a"])), "\ud800" < "\U00010000", "\ud800a" <= "\ud800a", ["\ud800"] < ["\U0001f600"], ("\ud800",) > ("\U0001f600",), ascii(min("\U0001f600\ud800")), ascii(max(["\ud800", "\uffff", "\U00010000"])))
