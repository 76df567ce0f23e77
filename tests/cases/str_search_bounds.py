# find/index/count/startswith/endswith with empty strings and out-of-range or negative
# bounds, and the tuple forms of startswith/endswith.
s = "abcab"
print("x".startswith("", 50), "x".startswith("", 1), "x".startswith("", 2))
print("x".endswith("", 1), "x".endswith("", 2), "".startswith(""), "".endswith(""))
print("".startswith("", 0, -1), "abc".startswith("", 3, 1), "abc".endswith("", -1, -2))
for start, end in [(None, None), (0, 5), (3, 3), (5, 5), (6, 9), (-1, None), (-9, -7),
                   (2, 1), (4, 2**100), (-2**100, 2), (2**100, None)]:
    print(start, end,
          s.find("", start, end), s.rfind("", start, end),
          s.find("ab", start, end), s.rfind("ab", start, end),
          s.count("", start, end), s.count("a", start, end),
          s.startswith("", start, end), s.endswith("b", start, end),
          s.startswith(("x", "c"), start, end))
for sub in ["", "a", "ab", "b", "z"]:
    for f in (s.index, s.rindex):
        try:
            print(repr(sub), f(sub, 1, 4))
        except ValueError as e:
            print(repr(sub), "ValueError", e)
print("aaa".count("aa"), "aaaa".count("aa"), "".count(""), "".count("", 1))
print("abc".find("c", None, None), "abc".find("a", -100), "abc".rfind("a", -100, -2))
print("abc".startswith(("x", "a")), "abc".endswith(("x", "y")), "abc".startswith(()))
print("abc".startswith(("a", None)))
for bad in [lambda: "abc".startswith(("x", 1)), lambda: "abc".endswith((None,)),
            lambda: "abc".startswith(1), lambda: "abc".endswith(["c"]),
            lambda: "abc".startswith("a", "1"), lambda: "abc".startswith("a", 1.0),
            lambda: "abc".endswith(), lambda: "abc".startswith("a", 1, 2, 3),
            lambda: "abc".startswith("a", start=1), lambda: "abc".count("a", []),
            lambda: "abc".rindex("a", 1), lambda: "abc".index(""[:0] + "q")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 1
print("abc".find("b", Idx()), "abc".count("c", Idx(), Idx()), "abc".startswith("b", Idx()))
print("ééé".find("é", 1), "aé€b".rfind("€"), "aé€b".count("", 1, 3), "aé€b".index("b", -1))
