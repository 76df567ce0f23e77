# bytes case mapping (ASCII only), predicates, padding, translate/maketrans, hex/fromhex,
# and the argument-count messages of the different method families.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

b = b"hello World \xe9\xc9 123"
print(b.upper(), b.lower(), b.swapcase(), b.capitalize(), b.title())
print(b"they're bill's".title(), b"a1b2".title(), b"\xe9t\xe9".title(), b"HELLO".capitalize(), b"".title())
for t in [b"", b"abc", b"ABC", b"Abc", b"aBc", b"123", b"a1", b" \t\n\x0b\x0c\r", b"\x1c", b"\x80", b"Hello World", b"Hello world", b"A1 B2"]:
    print(t, t.isalnum(), t.isalpha(), t.isascii(), t.isdigit(), t.islower(), t.isspace(), t.istitle(), t.isupper())

print(b"abc".center(7), b"abc".center(8, b"*"), b"ab".center(5, b"*"), b"abc".center(2))
print(b"abc".ljust(6, b"."), b"abc".rjust(6, bytearray(b".")), b"abc".ljust(-1), b"a".ljust(3, b"\x00"))
print(b"42".zfill(5), b"-42".zfill(5), b"+42".zfill(5), b"abc".zfill(1), b"".zfill(3), b"-".zfill(3))
show("center str fill", lambda: b"a".center(5, "x"))
show("center long fill", lambda: b"a".center(5, b"xy"))
show("rjust int fill", lambda: b"a".rjust(5, 120))
show("center no args", lambda: b"a".center())
show("center many", lambda: b"a".center(1, b"x", 3))
show("center kw", lambda: b"a".center(width=3))
show("ljust float", lambda: b"a".ljust(2.0))
show("zfill none", lambda: b"a".zfill())
show("zfill str", lambda: b"a".zfill("3"))
show("upper arg", lambda: b"a".upper(1))
show("isdigit arg", lambda: b"a".isdigit(1))

table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], bytearray.maketrans(b"a", b"b")[97], type(bytearray.maketrans(b"", b"")).__name__)
print(b"aabbcc".translate(table), b"abc".translate(None, b"b"), b"abc".translate(table, b"a"))
print(b"abc".translate(None, delete=b"c"), b"abc".translate(bytearray(256)), b"abc".translate(None))
show("maketrans lengths", lambda: bytes.maketrans(b"ab", b"c"))
show("maketrans str", lambda: bytes.maketrans("a", "b"))
show("maketrans one", lambda: bytes.maketrans(b"a"))
show("translate short", lambda: b"a".translate(b"x" * 255))
show("translate str", lambda: b"a".translate("x" * 256))
show("translate delete str", lambda: b"a".translate(None, "a"))
show("translate none", lambda: b"a".translate())
show("translate table kw", lambda: b"a".translate(table=None))

print(b"\x00\x0f\xff".hex(), b"".hex(), b"\x01\xab".hex(":"), b"\x01\xab\xcd".hex("-", 2), b"\x01\xab\xcd".hex("-", -2))
print(b"abcdef".hex(":", 0), b"abc".hex(sep=b" ", bytes_per_sep=1), b"abcde".hex("_", 2), b"abcde".hex("_", -2))
show("hex empty sep", lambda: b"ab".hex(""))
show("hex long sep", lambda: b"ab".hex("ab"))
show("hex int sep", lambda: b"ab".hex(1))
show("hex non-ascii sep", lambda: b"ab".hex("\xe9"))
print(bytes.fromhex("48 65 6c6c 6f"), bytes.fromhex(""), bytes.fromhex("  "), bytes.fromhex("0a\n0b\t"), bytes.fromhex("FFfe"))
print(bytearray.fromhex("41 42"), b"".fromhex("43"), bytearray(b"x").fromhex("44"))
for bad in ["zz", "0 1", "01 2", "a", " 0 ", "0g", "\xe9"]:
    show("fromhex " + repr(bad), lambda: bytes.fromhex(bad))
show("fromhex bytes", lambda: bytes.fromhex(b"01"))
show("fromhex none", lambda: bytes.fromhex())
print(bytes.fromhex(b"\x00\x7f\x80\xff".hex()) == b"\x00\x7f\x80\xff")
