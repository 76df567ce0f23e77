# encode/decode across codecs with every standard error handler, plus the exception objects.
text = "naïve café – 東京 😀 \udcff"
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]
for codec in ("ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be", "cp1252"):
    for h in handlers:
        try:
            out = text.encode(codec, h)
            print(codec, h, out if len(out) < 70 else out[:70] + b"...")
        except UnicodeEncodeError as e:
            print(codec, h, "UnicodeEncodeError", e.encoding, e.start, e.end, e.reason)
        except LookupError as e:
            print(codec, h, "LookupError", e)

raw = b"ok \xff\xfe bad \xc3\x28 \xe6\x9d\xb1 end \xed\xb3\xbf"
for codec in ("ascii", "utf-8", "latin-1", "utf-16-le", "cp1252"):
    for h in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"):
        try:
            print(codec, h, repr(raw.decode(codec, h)))
        except UnicodeDecodeError as e:
            print(codec, h, "UnicodeDecodeError", e.encoding, e.start, e.end, e.reason, e.object[e.start:e.end])
        except (LookupError, TypeError) as e:
            print(codec, h, type(e).__name__, e)

# round trips through surrogateescape preserve arbitrary bytes
blob = bytes(range(0x78, 0x88)) + b"\xff"
as_text = blob.decode("utf-8", "surrogateescape")
print(repr(as_text), as_text.encode("utf-8", "surrogateescape") == blob)

# the exception objects and their str()
try:
    "abc\u20acdef".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, "|", e, "|", e.args[0], e.object, e.start, e.end, e.reason)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError), type(e).__mro__[1].__name__)
try:
    b"\x80abc".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, "|", e, "|", e.object, e.start, e.end, e.reason)
try:
    b"ab\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "x".encode("utf-8", "no-such-handler")
    print("unused handler is not looked up")
    "é".encode("ascii", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)

# codec name normalisation and aliases
for name in ("UTF8", "utf_8", "U8", "latin1", "ISO-8859-1", "ascii", "US-ASCII", "utf-16", "UTF-32"):
    print(name, "é".encode(name)[-2:] if "16" in name or "32" in name else "é".encode(name, "replace"))
print(len("é".encode("utf-16")), "é".encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"), b"\xff\xfeA\x00".decode("utf-16"))
print(str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "latin-1"), bytes("é", "utf-8"))
