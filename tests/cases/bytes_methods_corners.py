# bytes methods with unusual arguments: split/rsplit maxsplit, translate with delete,
# maketrans, hex(sep, bytes_per_sep), fromhex whitespace and errors, expandtabs, padding,
# partition, startswith with tuples and ranges, int needles, %-formatting (%b %r %a %c).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
B = b"a,b,,c, d ,e"
t(lambda: B.split(b",", 2)); t(lambda: B.rsplit(b",", 2)); t(lambda: B.split(maxsplit=0))
t(lambda: b"  a b  c ".split(None, 1)); t(lambda: b"  a b  c ".rsplit(None, 1)); t(lambda: b"a b".split(b""))
t(lambda: b"a b".split(sep=None, maxsplit=-1)); t(lambda: b"abc".split(1)); t(lambda: bytearray(b"a,b").split(b","))
t(lambda: b"hello".translate(None, b"l")); t(lambda: b"hello".translate(bytes.maketrans(b"el", b"ip"), b"o"))
t(lambda: b"hello".translate(b"x")); t(lambda: bytes.maketrans(b"ab", b"c")); t(lambda: bytearray.maketrans(b"a", b"b")[97:99])
t(lambda: b"hello".translate(None, delete=b"h"))
t(lambda: b"\x01\x02\xff".hex()); t(lambda: b"\x01\x02\xff\x10".hex(":")); t(lambda: b"\x01\x02\xff\x10\x11".hex(":", 2))
t(lambda: b"\x01\x02\xff\x10\x11".hex(":", -2)); t(lambda: b"\x01\x02".hex("::")); t(lambda: b"\x01\x02".hex(b"-"))
t(lambda: b"\x01\x02".hex("\u00e9")); t(lambda: b"".hex(":")); t(lambda: bytearray(b"abc").hex(" ", 1)); t(lambda: memoryview(b"abcd").hex("_", 3))
t(lambda: bytes.fromhex("01 02  ff")); t(lambda: bytes.fromhex(" 0a\t0b\n")); t(lambda: bytes.fromhex("0g")); t(lambda: bytes.fromhex("0 1"))
t(lambda: bytes.fromhex("abc")); t(lambda: bytearray.fromhex("aa BB")); t(lambda: bytes.fromhex(b"aa")); t(lambda: bytes.fromhex("\u00e9"))
t(lambda: b"a\tbc\td\n\te".expandtabs()); t(lambda: b"a\tb".expandtabs(3)); t(lambda: b"a\tb".expandtabs(0)); t(lambda: b"a\tb".expandtabs(-1)); t(lambda: b"a\r\tb".expandtabs(4))
t(lambda: b"ab".center(7, b"*")); t(lambda: b"ab".center(6)); t(lambda: b"ab".ljust(5, b"-")); t(lambda: b"ab".rjust(5, bytearray(b"-"))); t(lambda: b"ab".center(5, b"--"))
t(lambda: b"ab".center(5, "-")); t(lambda: b"-12".zfill(6)); t(lambda: b"+x".zfill(4)); t(lambda: b"".zfill(3)); t(lambda: bytearray(b"7").zfill(3))
t(lambda: b"a=b=c".partition(b"=")); t(lambda: b"a=b=c".rpartition(b"=")); t(lambda: b"abc".partition(b"x")); t(lambda: b"abc".rpartition(b"x")); t(lambda: b"abc".partition(b""))
t(lambda: b"abc".partition("b")); t(lambda: bytearray(b"a=b").partition(b"="))
t(lambda: b"hello".startswith((b"x", b"he"))); t(lambda: b"hello".startswith(b"l", 2)); t(lambda: b"hello".startswith(b"l", 2, 2)); t(lambda: b"hello".endswith((b"lo",), 0, 5))
t(lambda: b"hello".startswith("h")); t(lambda: b"hello".startswith(["h"])); t(lambda: b"hello".endswith(b"ll", -3, -1)); t(lambda: b"hello".startswith(b"", 5)); t(lambda: b"hello".startswith(b"", 6))
t(lambda: b"hello".count(108)); t(lambda: b"hello".find(108)); t(lambda: b"hello".rfind(108)); t(lambda: b"hello".index(111)); t(lambda: b"hello".index(120))
t(lambda: b"hello".find(256)); t(lambda: b"hello".count(b"")); t(lambda: b"hello".count(b"l", 3)); t(lambda: b"hello".rindex(b"x")); t(lambda: b"hello".find(1.0))
t(lambda: 108 in b"hello"); t(lambda: 300 in b"hello"); t(lambda: b"el" in b"hello"); t(lambda: "e" in b"hello"); t(lambda: bytearray(b"x") in b"xy")
t(lambda: b"%b %r %a %c" % (b"x", b"y", "z\u00e9", 65)); t(lambda: b"%c" % b"Q"); t(lambda: b"%c" % 256); t(lambda: b"%c" % b"ab"); t(lambda: b"%b" % "s")
t(lambda: b"%s" % bytearray(b"ba")); t(lambda: b"%s" % memoryview(b"mv")); t(lambda: b"%d %x %5.2f %-4d|" % (3, 255, 1.5, 7)); t(lambda: b"%(a)s" % {b"a": b"v"}); t(lambda: b"%r" % "x")
t(lambda: b"%s %s" % (b"a",)); t(lambda: b"%s" % (b"a", b"b")); t(lambda: b"%z" % 1); t(lambda: b"%5b|%-5b|" % (b"ab", b"cd")); t(lambda: b"%%%s" % b"x"); t(lambda: bytearray(b"%s") % b"y")
t(lambda: b"%.1b" % b"abc"); t(lambda: b"%i %u %o %X %e %g %E %G" % (1, 2, 8, 255, 1.5, 2.5, 3.5, 1e20)); t(lambda: b"%c" % -1); t(lambda: b"%a" % b"x")
t(lambda: b"%s" % 3); t(lambda: b"%d" % "3"); t(lambda: b"%x" % 3.0)
# Methods as descriptors of their own type; bytes and bytearray subclasses as arguments.
for f in ['bytes.upper(bytearray(b"a"))', 'bytearray.upper(b"a")', 'bytes.__len__(bytearray())', 'bytes.find(1, b"")',
          'bytearray.find(1, b"")', 'bytes.__getitem__(bytearray(b"a"), 0)', 'bytes.__iter__(bytearray())',
          'bytes.decode(bytearray())', 'bytes.hex(bytearray())', 'bytes.__bytes__(bytearray())', 'bytes.upper()',
          'bytearray.__len__()', 'bytes.join(b"-", [b"a"])', 'bytearray.count(bytearray(b"aa"), 97)']:
    t(lambda: eval(f))
class SB(bytes): pass
class SBA(bytearray): pass
t(lambda: (bytes.upper(SB(b"a")), bytearray.upper(SBA(b"a")), bytes.__len__(SB(b"ab"))))
t(lambda: (type(SB.fromhex("41 42")).__name__, SB.fromhex("41 42"), type(SBA.fromhex("43")).__name__, SBA.fromhex("43")))
t(lambda: b"-".join([SB(b"a"), SBA(b"b"), memoryview(b"c")])); t(lambda: bytes(SBA(b"xy"))); t(lambda: b"ab".startswith(SB(b"a")))
t(lambda: SB(b"abc").find(SBA(b"c"))); t(lambda: bytearray(b"q") + SB(b"r")); t(lambda: b"%s|%b" % (SB(b"s"), SBA(b"t")))
t(lambda: int.from_bytes(SB(b"\x01\x00"), "little")); t(lambda: memoryview(SB(b"mv")).tobytes()); t(lambda: SB(b"x") in b"xyz")
