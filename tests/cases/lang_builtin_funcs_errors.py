print(min(3, 1, 2), max("abc"), min([], default="empty"), max([1, 5], key=lambda x: -x), min((2, "b"), (2, "a")))
print(sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(5), start=100), sum([]))
print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip([1], strict=True)), list(enumerate("xy", start=5)))
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a"])), list(map(str.upper, ["a"])))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all("abc"), abs(-0), round(-2.5), pow(2, 10))
print(sorted("bca"), sorted({3: 1, 1: 2}), list(reversed([1, 2])), ord("A"), chr(0x1F600) == "😀", repr(chr(7)))
for call in (lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, "a"]), lambda: sum(["a"]), lambda: sum([1], "s"),
             lambda: list(zip([1], [1, 2], strict=True)), lambda: list(zip([1, 2], [1], strict=True)), lambda: chr(-1), lambda: chr(0x110000),
             lambda: ord("ab"), lambda: ord(""), lambda: ord(5), lambda: list(map(len)), lambda: next(iter([]), 1, 2),
             lambda: sorted([1], key=5) , lambda: enumerate(5), lambda: round("1"),
             lambda: abs("s"), lambda: hash([]), lambda: iter(5), lambda: len(5),
             lambda: max([], key=len)):
    try:
        print(call())
    except (ValueError, TypeError, StopIteration) as e:
        print(type(e).__name__, e)
print(isinstance(True, int), type(True) is bool, int.__mro__, bool.__mro__[1:], len(str.__mro__))
print(list(iter([1, 2].__iter__())), repr(iter("")).startswith("<str_ascii_iterator") or repr(iter("")).startswith("<str_iterator"))
