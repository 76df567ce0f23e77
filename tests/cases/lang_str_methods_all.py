s = "Hello, World"
print(s.capitalize(), "hELLO wORLD".capitalize(), s.casefold(), "ß".casefold(), s.swapcase(), s.title(), "they're bill's".title())
print(s.center(20, "*"), s.ljust(15, "-"), s.rjust(15), s.zfill(15), "-42".zfill(6), "+7".zfill(4), "ab".center(5))
print(s.count("o"), s.count("o", 5), s.count(""), s.find("o"), s.rfind("o"), s.find("z"), s.index("W"), s.rindex("l"))
print(s.startswith("Hell"), s.startswith(("x", "He")), s.endswith("ld", 0, 12), s.endswith(("a", "b")))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "01\t012\t0123".expandtabs(3))
print("  x  ".strip(), "xxhixx".strip("x"), "  x  ".lstrip() + "|", "|" + "  x  ".rstrip(), "abcba".strip("ab"))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), " a b ".split(" "), "".split(), "".split(","))
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(True), "x".splitlines(), "".splitlines())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("-".join(["a", "b"]), "".join([]), ",".join("xyz"), "ab".replace("", "-"), "aaa".replace("a", "b", 2), "abc".replace("b", ""))
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "½".isnumeric(), "²".isdecimal(), "²".isdigit(), " \t".isspace(), "".isspace())
print("Title Case".istitle(), "ABC".isupper(), "abc1".islower(), "_id1".isidentifier(), "1a".isidentifier(), "abc".isascii(), "é".isascii(), "ab\n".isprintable())
print("PrefixBody".removeprefix("Prefix"), "BodySuffix".removesuffix("Suffix"), "x".removeprefix("y"), "abc".removesuffix(""))
table = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(table), str.maketrans({"a": "1", "b": None}), "abc".translate({97: "AA", 98: None}))
print("{0}-{1}".format("a", "b"), "{x}".format_map({"x": 5}), "%s" % "p", "é".encode(), "abc".encode("ascii"))
print("ß".upper(), "İ".lower().encode("utf-8"), "ﬁ".upper())
for call in (lambda: s.index("z"), lambda: s.rindex("z"), lambda: "".join([1]), lambda: "a".center(5, "ab"),
             lambda: "a".split(""), lambda: "abc".partition(""), lambda: "x".startswith(1), 
             lambda: "a".replace(1, "b"), lambda: str.maketrans("ab", "c"), lambda: "é".encode("ascii"),
             lambda: "a".rstrip("")):
    try:
        print(call())
    except (ValueError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
print("abc"[::-1], "abc" * 2, "a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" in "cabd", "" in "x", max("hello"))
print(str(), str(5), str(b"x"), str(b"x", "ascii"), str(b"\xff", "utf-8", "replace"), repr(str(1.0)), str(None))
print(len("héllo"), ord("é"), chr(233), "tab\there".find("\t"), "x".ljust(0), "abc".center(2))
