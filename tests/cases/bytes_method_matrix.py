# Every public bytes and bytearray method over a spread of values, fromhex, maketrans and
# bytearray's mutators: results and error messages.
vals = [b"", b"a", b"Hello World", b"  padded\t\n", b"\xff\xfe\x00", b"a,b,,c", b"line1\nline2\r\nline3\r", b"12345", b"camelCase", b"aaa"]
args = {
    "center": [(9,), (9, b"*")], "ljust": [(7, b"-")], "rjust": [(7,)], "zfill": [(6,)],
    "count": [(b"a",), (b"",), (97,)], "find": [(b"l",), (108,), (b"o", 5)], "rfind": [(b"l",)], "index": [(b"z",)], "rindex": [(b"a",)],
    "startswith": [((b"a", b"H"),), (b"",)], "endswith": [(b"d",)],
    "split": [(), (b",",), (None, 1)], "rsplit": [(), (b",", 2)], "splitlines": [(), (True,)],
    "partition": [(b",",)], "rpartition": [(b",",)], "strip": [(), (b"a",)], "lstrip": [(b"ad ",)], "rstrip": [(b"\n\r",)],
    "replace": [(b"a", b"b"), (b"", b"-"), (b"l", b"L", 1)], "expandtabs": [(), (4,)], "translate": [(None, b"a"), (bytes(range(256))[::-1],)],
    "decode": [(), ("latin-1",), ("ascii", "replace"), ("utf-8", "backslashreplace")],
    "removeprefix": [(b"He",)], "removesuffix": [(b"ld",)], "join": [([b"1", b"2"],), ([b"1", "2"],)], "hex": [(), (":",), ("-", 2)],
    "fromhex": [], "maketrans": [],
}
for v in vals:
    for kind in (bytes, bytearray):
        s = kind(v)
        for name in sorted(dir(kind)):
            if name.startswith("_") or name in ("fromhex", "maketrans", "append", "extend", "insert", "pop", "remove", "reverse", "clear", "copy"):
                continue
            for a in args.get(name, [()]):
                try:
                    r = getattr(s, name)(*a)
                except Exception as e:
                    r = type(e).__name__ + ": " + str(e)
                print(kind.__name__, repr(v), name, a if len(repr(a)) < 40 else "...", repr(r))
for h in ["", "0a 0B", "zz", "1", " 01 02 ", "0a\n0b"]:
    for kind in (bytes, bytearray):
        try: print(kind.fromhex(h))
        except Exception as e: print(type(e).__name__, e)
print(bytes.maketrans(b"ab", b"cd")[97:100])
ba = bytearray(b"abc")
for m, a in [("append", (100,)), ("append", (256,)), ("extend", (b"xy",)), ("extend", ([1, 2],)), ("insert", (0, 65)), ("pop", ()), ("pop", (0,)), ("remove", (98,)), ("remove", (0,)), ("reverse", ()), ("copy", ()), ("clear", ())]:
    try: r = getattr(ba, m)(*a)
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    print(m, a, r, ba)
