# Incremental decoders keep a character cut between chunks (UTF-8 sequences, UTF-16 code
# units and surrogate pairs) until the next chunk or final=True; encoders write a BOM once.
import codecs

Decoder = codecs.getincrementaldecoder("utf-8")
d = Decoder()
print(Decoder.__name__, Decoder.__module__, d.errors)
print(repr(d.decode(b"a\xc3")), d.getstate(), repr(d.decode(b"\xa9\xe2\x82")), d.getstate())
print(repr(d.decode(b"\xac", final=True)), d.getstate())
text = "日本語 ✓ € 😀"
print("".join(d.decode(bytes([b])) for b in text.encode()) + d.decode(b"", True) == text)
d.decode(b"\xf0\x9f")
print(d.getstate())
d.reset()
print(d.getstate())
d.setstate((b"\xe2\x82", 0))
print(d.decode(b"\xac"))
for chunks, final in [([b"\xe2"], True), ([b"ab\xff"], False), ([b"\xe2\x28"], False)]:
    try:
        for chunk in chunks:
            d.decode(chunk, final)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    d.reset()
print(repr(Decoder("replace").decode(b"\xff\xe2\x82", True)), Decoder(errors="ignore").errors)
d = Decoder()
d.errors = "ignore"
print(repr(d.decode(b"\xffx\xe2", final=True)))
try:
    Decoder().decode("text")
except TypeError as e:
    print(type(e).__name__, e)
u16 = codecs.getincrementaldecoder("utf-16")()
print(repr(u16.decode(b"\xff")), repr(u16.decode(b"\xfea")), repr(u16.decode(b"\x00b")),
      repr(u16.decode(b"\x00", True)))
be = codecs.getincrementaldecoder("utf-16-be")()
print(repr(be.decode(b"\xd8")), repr(be.decode(b"\x3d\xde")), repr(be.decode(b"\x00")), be.getstate())
print(codecs.getincrementaldecoder("utf-32")().decode(codecs.encode("hi", "utf-32"), True))
print(repr(codecs.getincrementaldecoder("cp1252")().decode(b"\x80ab")))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.encode("", True))
enc.reset()
print(enc.encode("c"))
ascii_enc = codecs.getincrementalencoder("ascii")("replace")
print(ascii_enc.encode("aé"), ascii_enc.errors, ascii_enc.getstate())
hexd = codecs.getincrementaldecoder("hex")()
print(hexd.decode(b"61"), hexd.decode(b"62", True))
print(codecs.getincrementalencoder("base64")().encode(b"hello"),
      codecs.getincrementalencoder("rot13")().encode("abc"))
try:
    hexd.decode(b"6")
except ValueError as e:
    print(type(e).__name__, e)
try:
    codecs.getincrementaldecoder("nope")
except LookupError as e:
    print(type(e).__name__, e)
# Subclasses: a Python __init__ receives the arguments and calls the base's.
Base = codecs.getincrementaldecoder("utf-8")
class Tagged(Base):
    def __init__(self, tag, errors="strict"):
        super().__init__(errors)
        self.tag = tag
t = Tagged("t", "replace")
print(t.tag, t.errors, repr(t.decode(b"a\xff\xe2", True)), isinstance(t, Base))
class Plain(Base):
    pass
p = Plain("ignore")
print(p.errors, repr(p.decode(b"\xffok")), type(p).__mro__[1].__name__)
try:
    Base(1, 2, 3)
except TypeError as e:
    print(type(e).__name__)
# A chunk boundary inside a bad sequence: the error is the one the whole data gives.
for data in [b"\xf0\xf4", b"\xe2\x9c\xec", b"\xf0\xf4\x98\x81"]:
    d = Decoder()
    try:
        [d.decode(bytes([b])) for b in data]
        d.decode(b"", True)
    except UnicodeDecodeError as e:
        print(e.reason, e.start, e.end, e.object)
# surrogateescape escapes only the non-ASCII bytes that start a bad range, and decoding
# resumes after them (mid-unit for UTF-16/32), in one-shot and incremental decoding.
for data, enc in [(b"\xff\x41\xff", "utf-32-le"), (b"a\x00\xff", "utf-16-le"),
                  (b"\x80\x80\x80\x80\x80", "utf-32-le"), (b"\xdba\x00\r\x00\nQb", "utf-16-be"),
                  (b"\xff\x80a", "utf-8")]:
    for errors in ["surrogateescape", "replace", "backslashreplace"]:
        try:
            whole = data.decode(enc, errors)
            d = codecs.getincrementaldecoder(enc)(errors)
            pieces = "".join(d.decode(data[i:i + 3]) for i in range(0, len(data), 3))
            print(enc, errors, ascii(whole), whole == pieces + d.decode(b"", True))
        except UnicodeDecodeError as e:
            print(enc, errors, e.reason, e.start, e.end)
