# The codecs module: encode/decode with every codec str.encode knows, lookup's canonical
# names, the BOM constants, and CPython's errors for bad arguments.
import codecs

print(codecs.encode("héllo"), codecs.decode(b"h\xc3\xa9llo"))
print(codecs.encode("héllo", "latin-1"), codecs.decode(b"h\xe9llo", "latin-1"))
print(codecs.encode(obj="x€", encoding="utf-16-be", errors="strict"))
print(codecs.encode("€", "cp1252"), codecs.decode(b"\x80", "windows-1252"))
print(codecs.encode("é\u2013", "ascii", "namereplace"), codecs.encode("é", "ascii", "xmlcharrefreplace"))
print(codecs.decode(bytearray(b"\xe9"), "latin-1"), codecs.decode(memoryview(b"ab")))
print(codecs.decode(b"a\xffb", "utf-8", "replace"), codecs.decode(b"a\xffb", errors="ignore"))
print(codecs.decode(codecs.encode("round trip ✓", "utf-32"), "utf-32"))

for name in ["utf8", "UTF-8", "latin1", "ISO-8859-1", "ascii", "646", "us-ascii", "utf-16",
             "UTF-16LE", "utf_32_be", "u32", "utf-32", "cp1252", "windows-1251", "L9",
             "mac_roman", "koi8-u", "IBM437", "850", "iso8859_16"]:
    info = codecs.lookup(name)
    print(name, info.name, type(info).__name__)

for bad in ["nope", "cp-1252", "", "latin-9"]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print(type(e).__name__, e)

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
print(codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM)
print(codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE)
print(codecs.encode("x", "utf-16").startswith(codecs.BOM_UTF16))
print(codecs.BOM_UTF8 + "ok".encode(), (codecs.BOM_UTF8 + b"ok").decode("utf-8"))

calls = [
    lambda: codecs.encode(b"x"),
    lambda: codecs.encode(b"x", "ascii"),
    lambda: codecs.encode(5, "latin1"),
    lambda: codecs.encode(b"x", "utf-16-le"),
    lambda: codecs.encode(b"x", "koi8-r"),
    lambda: codecs.decode("x"),
    lambda: codecs.decode(5, "cp1252"),
    lambda: codecs.encode("é", "ascii"),
    lambda: codecs.decode(b"\xff", "utf-8"),
    lambda: codecs.decode(b"\x81", "cp1252"),
    lambda: codecs.encode("€\u4e00", "Latin1", "nope"),
    lambda: codecs.decode(b"\xff", "UTF8", "nope"),
    lambda: codecs.decode(b"\xff", "ascii", "xmlcharrefreplace"),
    lambda: codecs.encode("x", "no-such-codec"),
    lambda: codecs.encode("x", 5),
    lambda: codecs.encode("x", "utf-8", 5),
    lambda: codecs.encode(),
    lambda: codecs.encode("x", "utf-8", "strict", 4),
    lambda: codecs.encode("x", encodin="utf-8"),
    lambda: codecs.lookup(5),
    lambda: codecs.lookup(),
    lambda: codecs.lookup("a", "b"),
    lambda: codecs.lookup(encoding="utf-8"),
]
for call in calls:
    try:
        print(repr(call()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
