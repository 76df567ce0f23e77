# ASCII, Latin-1, UTF-16 and UTF-32 codecs, encoding-name aliases, and the encode-side
# error handlers with runs of unencodable characters.
def show(label, f):
    try:
        print(label, ascii(f()))
    except UnicodeError as e:
        print(label, type(e).__name__ + ":", e, "|", e.start, e.end)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

for name in ["utf-8", "UTF8", "utf_8", "U8", "utf", "utf 8", "ascii", "US-ASCII", "646", "us", "latin-1", "latin1",
             "Latin_1", "iso-8859-1", "ISO8859-1", "iso_8859_1", "l1", "cp819", "8859", "latin", "utf-16", "utf_16_le",
             "UTF-16BE", "utf-32", "utf-32-le", "utf_32be", "nope", "utf-9"]:
    show("name " + name, lambda: "A\xe9".encode(name, "replace"))

show("ascii decode", lambda: b"\x80abc\xff".decode("ascii"))
for handler in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    show("ascii " + handler, lambda: b"a\x80\xff".decode("ascii", handler))
show("latin-1 decode", lambda: bytes(range(0xe0, 0xe8)).decode("latin-1"))
show("latin-1 round trip", lambda: bytes(range(256)).decode("latin-1").encode("latin-1") == bytes(range(256)))

text = "a\xe9\u20ac\U0001f600b\xe9"
show("ascii strict", lambda: text.encode("ascii"))
show("ascii one", lambda: "\xe9".encode("ascii"))
show("latin-1 strict", lambda: text.encode("latin-1"))
show("latin-1 euro", lambda: "\u20ac".encode("latin-1"))
show("latin-1 emoji", lambda: "x\U0001f600".encode("latin-1"))
for handler in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    show("ascii enc " + handler, lambda: text.encode("ascii", handler))
    show("latin-1 enc " + handler, lambda: text.encode("latin-1", handler))
show("surrogateescape non-surrogate", lambda: "\xe9".encode("ascii", "surrogateescape"))
show("unknown handler used", lambda: "\xe9".encode("ascii", "bogus"))
show("unknown handler unused", lambda: "a".encode("ascii", "bogus"))
show("keywords", lambda: "\xe9".encode(encoding="ascii", errors="replace"))

show("utf-16", lambda: "\xe9A".encode("utf-16"))
show("utf-16-le", lambda: "\xe9\U0001f600".encode("utf-16-le"))
show("utf-16-be", lambda: "\U0001f600".encode("utf-16-be"))
show("utf-32", lambda: "\xe9".encode("utf-32"))
show("utf-32-be", lambda: "\xe9".encode("utf-32-be"))
show("empty utf-16", lambda: "".encode("utf-16"))
show("dec utf-16 bom le", lambda: b"\xff\xfe\xe9\x00".decode("utf-16"))
show("dec utf-16 bom be", lambda: b"\xfe\xff\x00A".decode("utf-16"))
show("dec utf-16 no bom", lambda: b"A\x00".decode("utf-16"))
show("dec utf-16 pair", lambda: b"\x3d\xd8\x00\xde".decode("utf-16-le"))
show("dec utf-16 truncated", lambda: b"a".decode("utf-16"))
show("dec utf-16 lone high end", lambda: b"\x00\xd8".decode("utf-16-le"))
show("dec utf-16 bad pair", lambda: b"\x00\xd8\x41\x00".decode("utf-16-le"))
show("dec utf-16 lone low", lambda: b"\x00\xdc".decode("utf-16"))
show("dec utf-16 replace", lambda: b"\x00\xd8\x41\x00".decode("utf-16-le", "replace"))
show("dec utf-32", lambda: b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"))
show("dec utf-32 truncated", lambda: b"a\x00\x00".decode("utf-32-le"))
show("dec utf-32 too big", lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
show("dec utf-32 surrogate", lambda: b"\x00\xd8\x00\x00".decode("utf-32-le"))
show("str() decode", lambda: str(b"\xe9", "latin-1"))
show("str() errors only", lambda: str(b"\xff", errors="ignore"))
show("str() bytearray", lambda: str(bytearray(b"ab"), "ascii"))
show("str() memoryview", lambda: str(memoryview(b"ab"), "ascii"))
show("str() of str", lambda: str("a", "ascii"))
show("str() of int", lambda: str(1, "ascii"))
show("bytes() encode", lambda: bytes("\xe9", "latin-1"))
show("bytearray() encode", lambda: bytearray("\u20ac", "utf-8", "strict"))
