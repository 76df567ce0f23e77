# Every public str method over a spread of strings (unicode case rules, whitespace, line
# breaks, digits) with typical arguments: results and error messages.
strs = ["", "a", "Hello World", "  padded\t\n", "ÉCOLE ß ﬁ", "a,b,,c", "line1\nline2\r\nline3\r", "12345", "-12.5", "ǅungla", "ΣΑΣ", "tab\there", "x" * 3, "İstanbul", "a\u2028b", "\x00\x7f", "Ⅻ ½ ²", "camelCaseWord", "  ", "aaa"]
args = {
    "center": [(9,), (9, "*"), (0,)], "ljust": [(7, "-")], "rjust": [(7,)], "zfill": [(6,)],
    "count": [("a",), ("",), ("a", 1, -1)], "find": [("l",), ("",), ("o", 5)], "rfind": [("l",)], "index": [("z",)], "rindex": [("a",)],
    "startswith": [(("a", "H"),), ("",), ("l", 2, 4)], "endswith": [("d",), (("c", "3"),)],
    "split": [(), (",",), (None, 1), (",", 1)], "rsplit": [(), (None, 1), (",", 2)], "splitlines": [(), (True,)],
    "partition": [(",",), (" ",)], "rpartition": [(",",)], "strip": [(), ("a",), (" \t\n",)], "lstrip": [("ad ",)], "rstrip": [("\n\r",)],
    "replace": [("a", "b"), ("", "-"), ("l", "L", 1)], "expandtabs": [(), (4,)], "translate": [({97: "A", 98: None},)],
    "encode": [(), ("ascii", "replace"), ("latin-1", "xmlcharrefreplace"), ("utf-16-le",)],
    "removeprefix": [("He",)], "removesuffix": [("ld",)], "join": [(["1", "2"],)], "format": [()], "casefold": [()],
}
for s in strs:
    for name in sorted(dir(str)):
        if name.startswith("_") or name in ("maketrans", "format_map"):
            continue
        for a in args.get(name, [()]):
            try:
                r = getattr(s, name)(*a)
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(repr(s), name, a, repr(r))
print(str.maketrans("ab", "cd", "e"), str.maketrans({"a": 1}))
