# Every str method run over a table of tricky inputs (empty, whitespace, unicode, mixed case).
samples = ["", " ", "abc", "Hello World", "  padded\t\n", "ÉCOLE ﬁnale", "ß straße", "MiXeD_case-123",
           "one\ntwo\r\nthree\rfour", "ǅungla", "İstanbul", "x\u2028y\x1cz\x85w", "٣٤", "Ⅻ", "a\tb\tc"]
unary = ["capitalize", "casefold", "lower", "upper", "swapcase", "title", "strip", "lstrip", "rstrip",
         "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
         "isprintable", "isspace", "istitle", "isupper", "splitlines", "split", "expandtabs"]
for name in unary:
    print(name, [getattr(s, name)() for s in samples])

print([s.center(9, "*") for s in ("", "a", "ab", "abc")])
print([s.ljust(4, "-") + "|" + s.rjust(4, ".") for s in ("", "a", "abcde")])
print([s.zfill(5) for s in ("", "7", "-7", "+7", "abc", "-", "123456", "--1")])
print([s.count(sub) for s, sub in (("aaaa", "aa"), ("abc", ""), ("", ""), ("abab", "ab"), ("ß", "s"))])
print(["banana".find("an", i) for i in range(-7, 8)])
print(["banana".rfind("an", 0, j) for j in range(0, 8)])
print("banana".index("na", 3), "banana".rindex("a", 0, 4), "banana".count("a", 2, -1), "banana".find(""), "banana".rfind(""))
print([s.partition(" ") for s in ("a b c", "abc", " ", "")], "a.b.c".rpartition("."), "a.b.c".partition("x"))
print(["a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1)])
print(["x".join(["1", "2", "3"]), "".join(("a", "b")), ", ".join({"k": 1}), "-".join("abc"), "-".join([])])
print(["aaa".replace("a", "b", 0), "aaa".replace("a", "bb", -1), "abc".replace("", "|", 2), "".replace("", "x")])
print(["hello world".title(), "o'neil mc-donald 3rd".title(), "ǆ".title(), "ß".title(), "ﬁ".capitalize()])
print(["Ab".startswith(("a", "A")), "Ab".endswith("b", 1), "Ab".startswith("b", 1), "abc".endswith(("", "x")), "".startswith("")])
print(["test.tar.gz".removesuffix(".gz").removesuffix(".tar"), "prefix".removeprefix("pre"), "aaa".removeprefix("a")])
tbl = str.maketrans({"a": "4", "e": "3", "o": None, "l": "1!"})
print("hello leet coder".translate(tbl), "abc".translate(str.maketrans("abc", "bca")), "ab".translate({ord("a"): 98, ord("b"): "AA"}))
print(str.maketrans("ab", "xy", "z"), sorted(str.maketrans({"q": "Q"}).items()))
print(["tab\there".expandtabs(0), "tab\there".expandtabs(1), "12345\t6".expandtabs(4), "\t".expandtabs(), "a\nb\tc".expandtabs(3)])
print("line1\nline2\n\nline4\n".splitlines(), "a\x0bb\x0cc\x1dd\u2029e".splitlines(), "keep\r\nends\n".splitlines(keepends=True))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{0}{0}".format("x"), "%s|%s" % ("a", "b"), str.format("{}", 5))
print("ABC".lower().islower(), "123".islower(), "a1".islower(), "A1".isupper(), "Σ".lower(), "ΑΣ".lower(), "ᾳ".upper())
print(len("ﬃ".upper()), "ﬃ".upper(), "ǰ".upper(), len("İ".lower()), "Straße".casefold() == "STRASSE".casefold())
print(max("hello"), min("Hello"), sorted("bAaB"), "a" * 0, "ab" * -1, "-" * 10, list(reversed("abc")), "z" in "xyz")
print(str.upper("x"), str.join(",", ["p", "q"]), str.__len__("four"), "abc".__contains__("b"), "ab".__getitem__(1))
