# UTF-8 codec: CPython's UnicodeDecodeError positions and reasons, the error handlers
# on both sides, and the attributes of the exceptions.
def show(label, f):
    try:
        print(label, ascii(f()))
    except UnicodeError as e:
        print(label, type(e).__name__ + ":", e, "|", e.encoding, e.start, e.end, e.reason)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

cases = [b"\xff", b"a\xe4\x41", b"\xe4\xb8", b"\xf0\x9f\x41", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xe0\x80\x80",
         b"\xf4\x90\x80\x80", b"\xc0\x80", b"\xf5", b"\xe4\xb8\x41", b"\xe4", b"ok\x80", b"\xc3"]
for data in cases:
    show("strict " + ascii(data), lambda: data.decode())
mixed = b"a\x80b\xe4\xb8c\xf0\x9f\x98"
for handler in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    show(handler, lambda: mixed.decode("utf-8", handler))
show("replace surrogate bytes", lambda: b"\xed\xa0\x80".decode("utf-8", "replace"))
show("replace truncated", lambda: b"\xe4\xb8\x41".decode("utf-8", "replace"))
show("xmlcharrefreplace", lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))
show("unknown handler unused", lambda: b"fine".decode("utf-8", "bogus"))
show("unknown handler used", lambda: b"\xff".decode("utf-8", "bogus"))
show("valid", lambda: b"\xf0\x9f\x98\x80 \xc3\xa9 \xe2\x82\xac".decode())
show("keywords", lambda: b"\xff".decode(encoding="utf-8", errors="replace"))
show("bad encoding type", lambda: b"a".decode(1))
show("bad errors type", lambda: b"a".decode("utf-8", 1))
show("unknown encoding", lambda: b"a".decode("nope"))
show("too many", lambda: b"a".decode("utf-8", "strict", 1))

s = "h\xe9llo \u20ac \U0001f600"
print(s.encode(), s.encode("utf-8") == s.encode("UTF8"), len(s.encode()), s.encode().decode() == s)
show("encode bad encoding type", lambda: "a".encode(1))
show("encode bad errors type", lambda: "a".encode("utf-8", 1))
show("encode unknown", lambda: "a".encode("nope"))

escaped = b"\xff\xfeok\x80".decode("utf-8", "surrogateescape")
print(len(escaped), ascii(escaped), repr(escaped))
print(escaped.encode("utf-8", "surrogateescape"), escaped.encode("ascii", "surrogateescape"), escaped.encode("latin-1", "surrogateescape"))
for handler in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    show("encode " + handler, lambda: escaped.encode("utf-8", handler))
show("encode one surrogate", lambda: b"\xff".decode("utf-8", "surrogateescape").encode())
show("surrogateescape on ascii bytes", lambda: b"a\x80".decode("ascii", "surrogateescape"))
try:
    b"xx\xff".decode()
except UnicodeDecodeError as e:
    print(isinstance(e, ValueError), isinstance(e, UnicodeError), e.object, e.start, e.end)
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as e:
    print(isinstance(e, ValueError), e.object == "\xe9", e.start, e.end, e.reason)
