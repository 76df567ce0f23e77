# bytes and bytearray: every method on both types side by side, results keep the receiver's type.
def both(fn):
    out = []
    for t in (bytes, bytearray):
        try:
            out.append(repr(fn(t)))
        except (ValueError, TypeError, IndexError) as e:
            out.append("%s: %s" % (type(e).__name__, e))
    return " || ".join(out)

b = lambda t, s: t(s)
checks = {
    "capitalize": lambda t: b(t, b"hello WORLD").capitalize(),
    "center": lambda t: b(t, b"mid").center(9, b"*"),
    "count": lambda t: (b(t, b"aXbXc").count(b"X"), b(t, b"aaa").count(b"a", 1), b(t, b"abc").count(98)),
    "decode": lambda t: b(t, b"caf\xc3\xa9").decode(),
    "endswith": lambda t: (b(t, b"file.py").endswith((b".py", b".rs")), b(t, b"abc").endswith(b"b", 0, 2)),
    "expandtabs": lambda t: b(t, b"a\tbc\td").expandtabs(4),
    "find": lambda t: (b(t, b"banana").find(b"an"), b(t, b"banana").find(110, 3), b(t, b"x").find(b"y")),
    "hex": lambda t: (b(t, b"\x01\xab\xff").hex(), b(t, b"\x01\x02\x03\x04").hex(":", 2), b(t, b"abc").hex("-")),
    "index": lambda t: b(t, b"banana").index(b"na", 3),
    "isalnum": lambda t: (b(t, b"abc1").isalnum(), b(t, b"a b").isalnum(), b(t, b"").isalnum()),
    "isalpha": lambda t: (b(t, b"abc").isalpha(), b(t, b"\xe9").isalpha()),
    "isascii": lambda t: (b(t, b"abc").isascii(), b(t, b"\x80").isascii(), b(t, b"").isascii()),
    "isdigit": lambda t: (b(t, b"123").isdigit(), b(t, b"12a").isdigit()),
    "islower": lambda t: (b(t, b"abc1").islower(), b(t, b"Abc").islower()),
    "isspace": lambda t: (b(t, b" \t\n\r\x0b\x0c").isspace(), b(t, b"\x1c").isspace()),
    "istitle": lambda t: (b(t, b"Title Case").istitle(), b(t, b"Not title").istitle()),
    "isupper": lambda t: (b(t, b"ABC1").isupper(), b(t, b"AbC").isupper()),
    "join": lambda t: b(t, b", ").join([b"a", bytearray(b"b"), memoryview(b"c")]),
    "ljust": lambda t: b(t, b"ab").ljust(5, b"."),
    "lower": lambda t: b(t, b"MiXeD \xc9").lower(),
    "lstrip": lambda t: (b(t, b"  xx  ").lstrip(), b(t, b"aabca").lstrip(b"a")),
    "maketrans": lambda t: t.maketrans(b"abc", b"xyz")[97:100],
    "partition": lambda t: (b(t, b"k=v=w").partition(b"="), b(t, b"kv").partition(b"=")),
    "removeprefix": lambda t: b(t, b"prefix-body").removeprefix(b"prefix-"),
    "removesuffix": lambda t: b(t, b"body.tar").removesuffix(b".tar"),
    "replace": lambda t: (b(t, b"aaa").replace(b"a", b"bb", 2), b(t, b"ab").replace(b"", b"-")),
    "rfind": lambda t: (b(t, b"banana").rfind(b"a"), b(t, b"banana").rfind(b"a", 0, 3)),
    "rindex": lambda t: b(t, b"banana").rindex(b"z"),
    "rjust": lambda t: b(t, b"ab").rjust(5),
    "rpartition": lambda t: b(t, b"a/b/c").rpartition(b"/"),
    "rsplit": lambda t: (b(t, b"a b  c").rsplit(None, 1), b(t, b"a,b,c").rsplit(b",", 1)),
    "rstrip": lambda t: b(t, b"xx\n\n").rstrip(b"\n"),
    "split": lambda t: (b(t, b" a  b ").split(), b(t, b"a,,b").split(b","), b(t, b"a,b,c").split(b",", maxsplit=1)),
    "splitlines": lambda t: (b(t, b"a\nb\r\nc\rd").splitlines(), b(t, b"x\n").splitlines(True)),
    "startswith": lambda t: (b(t, b"hello").startswith(b"he"), b(t, b"hello").startswith((b"x", b"l"), 2)),
    "strip": lambda t: (b(t, b"\t x \n").strip(), b(t, b"abcba").strip(b"ab")),
    "swapcase": lambda t: b(t, b"aBc").swapcase(),
    "title": lambda t: b(t, b"hello wide world").title(),
    "translate": lambda t: (b(t, b"abcd").translate(bytes.maketrans(b"ab", b"AB"), b"d"), b(t, b"abc").translate(None, b"b")),
    "upper": lambda t: b(t, b"abc\xe9").upper(),
    "zfill": lambda t: (b(t, b"-42").zfill(6), b(t, b"7").zfill(3)),
    "fromhex": lambda t: (t.fromhex("de ad BE EF"), t.fromhex("")),
    "fromhex-bad": lambda t: t.fromhex("abc"),
    "getitem": lambda t: (b(t, b"abc")[0], b(t, b"abc")[-1], b(t, b"abcdef")[1::2], b(t, b"abc")[::-1]),
    "ops": lambda t: (b(t, b"ab") + b"cd", b(t, b"ab") * 2, b(t, b"b") in b(t, b"abc"), 98 in b(t, b"abc"), b(t, b"ab") < b"b"),
    "contains-bad": lambda t: 300 in b(t, b"abc"),
    "len-iter": lambda t: (len(b(t, b"abc")), list(b(t, b"ab")), sorted(b(t, b"cab")), sum(b(t, b"\x01\x02"))),
}
for name, fn in checks.items():
    print("%-13s %s" % (name, both(fn)))

# bytearray-only mutators
ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.extend([1, 2])
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
ba.reverse()
print(ba)
ba[0] = 65
ba[1:3] = b"XYZ"
del ba[-2:]
ba += b"!!"
ba *= 2
print(ba, len(ba))
ba.clear()
print(ba, ba.copy() == ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 0)
for fn in (lambda: ba.pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").append(256),
           lambda: bytearray(b"a").__setitem__(0, -1), lambda: bytearray(b"ab").__setitem__(slice(0, 2), 5)):
    try:
        fn()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
