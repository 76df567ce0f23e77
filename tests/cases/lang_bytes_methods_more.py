b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.center(16, b"*"), b.zfill(14))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b.split(b", "), b.replace(b"l", b"L", 2), b.partition(b","), b"  s  ".strip(), b"a\nb".splitlines(), b"-".join([b"a", b"b"]))
print(b.hex(), b.hex(":"), b.hex("-", 2), bytes.fromhex("48 65 6c"), bytes.fromhex(""), b"\x00\xff".hex())
print(b.decode(), b.decode("ascii"), b"\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"), b"\xff".decode("utf-8", "ignore"))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace(), b"Ab".istitle(), b"ab".islower(), b"AB".isupper(), b"a1".isalnum(), b"\x80".isascii())
print(list(b"abc"), b"abc"[0], b"abc"[1:], b"abc"[::-1], b"a" * 3, b"a" in b"cat", 97 in b"a", len(b))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)), bytes(b"copy"), bytes(), bytes.maketrans(b"ab", b"xy")[97:99])
print(b"abc".translate(bytes.maketrans(b"a", b"z")), b"abcd".translate(None, b"bd"), b"%s=%d" % (b"k", 5), b"a\tb".expandtabs(4))
print(b"x".ljust(3, b"."), b"x".rjust(3), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"a,b".rsplit(b",", 1), b"aXbXc".split(b"X", 1))
for call in (lambda: b.index(b"z"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("1"), lambda: bytes([256]), lambda: bytes([-1]),
             lambda: bytes("str"), lambda: b"a" + "b", lambda: b"\xff".decode(), lambda: b"a".decode("nope"), lambda: bytes(-1),
             lambda: b"abc"[5], lambda: b"a".join(["b"]), lambda: b"a".center(3, b"ab"), lambda: bytes(1.5), lambda: "x" in b"x"):
    try:
        print(call())
    except (ValueError, TypeError, IndexError, UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
print(repr(b"\x00\x07\t\n\r'\"\\\x7f\x80"), repr(b"'"), repr(b"'\""), str(b"abc"))
ba = bytearray(b"abc")
ba[0] = 65; ba.append(100); ba.extend(b"ef"); ba += b"!"; ba.insert(0, 0x5f); print(ba, ba.pop(), ba.remove(100), ba)
ba[1:3] = b"XYZ"; del ba[0]; print(ba, ba.decode(), bytes(ba), ba.upper(), type(ba.upper()).__name__)
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.remove(200)
except ValueError as e:
    print(type(e).__name__, e)
print(b"abc" == bytearray(b"abc"), b"a" < b"b", bytearray(b"z") > b"a", hash(b"x") == hash(b"x"), b"ab".count(b""))
