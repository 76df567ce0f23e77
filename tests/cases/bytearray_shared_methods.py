# bytearray shares every non-mutating method with bytes (results are bytearrays), and a
# bytearray is accepted wherever bytes are.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

ba = bytearray(b"  Hello, World  ")
print(ba.strip(), ba.lstrip(), ba.rstrip(b" d"), ba.upper(), ba.lower(), ba.swapcase(), ba.title(), ba.capitalize())
print(ba.split(), ba.split(b","), ba.rsplit(None, 1), ba.partition(b","), ba.rpartition(b"x"), ba.partition(b"x"))
print(ba.find(b"o"), ba.rfind(111), ba.index(b"W"), ba.count(b"l"), ba.startswith(b"  H"), ba.endswith((b"d", b" ")))
print(ba.replace(b"l", b"L"), ba.center(20, b"*"), ba.ljust(18, b"."), ba.rjust(18), bytearray(b"7").zfill(3))
print(ba.hex(), ba.hex(" ", 4), ba.decode(), ba.isascii(), ba.isalpha(), bytearray(b"ab").isalpha(), bytearray(b"A1").isupper())
print(bytearray(b"a\tb").expandtabs(4), bytearray(b"a\nb").splitlines(), bytearray(b"xax").strip(b"x"), ba.removeprefix(b"  "), ba.removesuffix(b"  "))
print(bytearray(b"-").join([b"a", bytearray(b"b")]), bytearray(b"abc").translate(bytes.maketrans(b"a", b"A"), b"c"))
print(bytearray(b"%d-%s") % (1, b"x"), bytearray.fromhex("ff 00"), bytearray(b"x").fromhex("41"))
r = ba.strip()
print(type(r).__name__, r is ba, ba.removeprefix(b"zz") is ba, ba.removeprefix(b"zz") == ba)
print(bytearray(b"ab").__contains__(97), bytearray(b"ab").__getitem__(0))
show("center kw", lambda: bytearray(b"a").center(width=3))
show("zfill none", lambda: bytearray(b"a").zfill())
show("upper arg", lambda: bytearray(b"a").upper(1))
show("find str", lambda: bytearray(b"a").find("a"))
show("in str", lambda: "a" in bytearray(b"a"))
show("in 256", lambda: 256 in bytearray(b"a"))

print(b"".join([bytearray(b"a"), b"b"]), b"xyz".find(bytearray(b"y")), bytearray(b"y") in b"xyz")
print(bytes(bytearray(b"conv")), bytearray(b"h\xc3\xa9").decode("utf-8"), str(bytearray(b"ab"), "ascii"))
print(b"abc".startswith(bytearray(b"ab")), b"abc".replace(bytearray(b"b"), bytearray(b"B")), b"a,b".split(bytearray(b",")))
print(int.from_bytes(bytearray(b"\x00\x10"), "big"), b"%s" % bytearray(b"fmt"), hash(bytes(bytearray(b"h"))) == hash(b"h"))
d = {}
d[bytes(bytearray(b"key"))] = 1
print(d[b"key"], sorted([bytearray(b"b"), bytearray(b"a")]), max(bytearray(b"az")))
