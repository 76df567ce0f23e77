# bytes split/rsplit/splitlines, strip family, join, replace, expandtabs.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 1))
print(b"a,b,,c".split(b",", maxsplit=2), b"a,b,,c".rsplit(sep=b",", maxsplit=-5))
print(b"  a b\tc\n d  ".split(), b"  a b c  ".split(None, 1), b"  a b c  ".rsplit(None, 1))
print(b"  a b c  ".split(maxsplit=0), b"  a b c  ".rsplit(maxsplit=0), b"".split(), b"   ".split())
print(b"".split(b","), b"abc".split(b"abc"), b"a--b--c".split(b"--"), b"a--b--c".rsplit(b"--", 1))
print(b"a\xa0b\x1cc".split(), b"x".split(bytearray(b"x")), b"axbxc".split(memoryview(b"x")))
show("split empty sep", lambda: b"a".split(b""))
show("rsplit empty sep", lambda: b"a".rsplit(b""))
show("split str", lambda: b"a b".split(" "))
show("split bad maxsplit", lambda: b"a".split(maxsplit="x"))
show("split bad kw", lambda: b"a".split(x=1))
show("split too many", lambda: b"a".split(b"a", 1, 2))

print(b"a\nb\r\nc\rd\x0be\x0cf\x1cg".splitlines())
print(b"a\nb\r\n\n".splitlines(True), b"a\nb".splitlines(keepends=True), b"".splitlines(), b"\n".splitlines())
show("splitlines bad", lambda: b"a".splitlines("x"))

print(b"  \t hi \n\x0b\x0c\r".strip(), b"  hi  ".lstrip(), b"  hi  ".rstrip(), b"\xa0hi\xa0".strip())
print(b"xxhixx".strip(b"x"), b"xyhiyx".lstrip(b"yx"), b"xyhiyx".rstrip(bytearray(b"xy")), b"hi".strip(None))
print(b"aaa".strip(b"a"), b"".strip(), b"abc".strip(b""))
show("strip str", lambda: b"a".strip("a"))
show("strip int", lambda: b"a".strip(1))
show("strip two", lambda: b"a".strip(b"a", b"b"))

print(b", ".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b"-".join(x for x in [b"q", b"r"]))
print(b"-".join([b"solo"]), b"-".join((b"a", b"b")), type(b"-".join([bytearray(b"a")])).__name__)
show("join str item", lambda: b"-".join([b"a", "b"]))
show("join int item", lambda: b"-".join([1]))
show("join not iterable", lambda: b"-".join(5))
show("join no arg", lambda: b"-".join())

print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"b", 2), b"aaa".replace(b"a", b"b", 0))
print(b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"abc".replace(b"b", b""), b"".replace(b"", b"x"))
print(b"abcabc".replace(bytearray(b"bc"), memoryview(b"X")), b"aaa".replace(b"aa", b"b"), b"a".replace(b"a", b"b", -1))
show("replace str", lambda: b"a".replace("a", "b"))
show("replace one arg", lambda: b"a".replace(b"a"))
show("replace count str", lambda: b"a".replace(b"a", b"b", "x"))
show("replace kw", lambda: b"a".replace(b"a", b"b", count=1))

print(b"a\tb\tc".expandtabs(), b"a\tbc\td".expandtabs(4), b"a\r\tb\n\tc".expandtabs(tabsize=3))
print(b"\tb".expandtabs(0), b"\tb".expandtabs(-1), b"12345678\tx".expandtabs(), b"".expandtabs())
show("expandtabs str", lambda: b"a".expandtabs("x"))
show("expandtabs many", lambda: b"a".expandtabs(1, 2))
