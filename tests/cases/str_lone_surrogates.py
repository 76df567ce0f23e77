# Lone surrogates in str: literals, chr/ord, repr, slicing and joining, and every codec
# error handler that meets them (surrogateescape, surrogatepass, the replacing ones).
hi, lo = "\ud800", "\udfff"
print(repr(hi), repr(lo), len(hi + lo), ord(hi), ord(lo), hex(ord("\U0000dc80")))
print(hi == chr(0xD800), chr(0xDC80) == "\udc80", repr(chr(0xDBFF) + "x"), ascii("a\udc80b"))
print(repr("\ud83d\ude00"), len("\ud83d\ude00"), "\ud83d\ude00" == "\U0001f600")
s = "ab\udc80cd\udfffe"
print(repr(s[2]), repr(s[1:4]), repr(s[::-1]), s.find("\udfff"), s.count("\udc80"), "\udc80" in s)
print([hex(ord(c)) for c in s], repr("-".join(["\ud800", "x"])), repr(s.upper()), repr(s.replace("\udc80", "!")))
print(hi.isprintable(), hi.isalpha(), hi.isspace(), repr(hi * 3), repr(f"<{hi}>"), repr("%s|%c" % (lo, 0xD801)))
print(repr(format(0xDFFF, "c")), repr(str(hi)), repr([hi, lo]), {hi: 1}[chr(0xD800)], sorted([lo, hi]) == [hi, lo])
print(repr("".join(chr(c) for c in (0xD7FF, 0xD800, 0xDFFF, 0xE000))))

# surrogateescape: undecodable bytes round-trip
data = b"caf\xe9 \xff\xfe ok \xed\xa0\x80"
text = data.decode("utf-8", "surrogateescape")
print(repr(text), len(text), text.encode("utf-8", "surrogateescape") == data)
print(repr(b"\x80abc\xff".decode("ascii", "surrogateescape")), "\udce9".encode("latin-1", "surrogateescape"))

# surrogatepass: surrogates written as their UTF code units
for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
    b = "x\ud800\udfffy".encode(enc, "surrogatepass")
    back = b.decode(enc, "surrogatepass")
    print(enc, b, repr(back), back == "x\ud800\udfffy")
print(repr(b"\xed\xb2\x80".decode("utf-8", "surrogatepass")), repr(b"\x00\xdc".decode("utf-16-le", "surrogatepass")))

# each handler meeting a surrogate, in each codec
for enc in ("utf-8", "ascii", "latin-1", "utf-16", "utf-32-be"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"):
        try:
            print(enc, errors, "x\ud800\udc80y".encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e, e.start, e.end, repr(e.object))

# decoding errors that surrogatepass cannot fix
for data, enc in ((b"\xed\x80\x80", "utf-8"), (b"\xff", "utf-8"), (b"\xed\xa0", "utf-8"), (b"a\x00", "utf-16-le"), (b"\xed\xa0\x80", "ascii")):
    try:
        print(repr(data.decode(enc, "surrogatepass")))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
