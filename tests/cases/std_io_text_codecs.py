# Text files in the other codecs tote knows: unicode_escape and raw_unicode_escape,
# the name f.encoding reports, codecs that are not text encodings, reconfigure() to a
# BOM codec, TextIOWrapper over BytesIO, codecs.open() agreeing with open(), and the
# incremental coders' and stream readers' BOM state.
import codecs
import io
import os

folder = "/tmp/tote_io_text_codecs_%d" % os.getpid()
os.mkdir(folder)
path = os.path.join(folder, "data.txt")


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def raw():
    with open(path, "rb") as f:
        return f.read()


for enc in ["unicode_escape", "raw_unicode_escape"]:
    with open(path, "w", encoding=enc) as f:
        f.write("tab\there é€😀\nback\\slash\n")
    print(enc, raw())
    with open(path, encoding=enc) as f:
        print("  ", f.readlines())
    with open(path, "wb") as f:
        f.write(b"a\\u20acb\r\nc\\x41\\n\rd")
    with open(path, encoding=enc) as f:
        print("  ", repr(f.read()), f.newlines)
with open(path, "wb") as f:
    f.write(b"ok\\xZZ")
with open(path, encoding="unicode_escape") as f:
    attempt("bad escape", f.read)
with open(path, encoding="unicode_escape", errors="replace") as f:
    attempt("replaced", f.read)

for name in ["UTF-16", "utf_32_be", "U16", "utf-8-sig", "Unicode-Escape"]:
    with open(path, "w", encoding=name) as f:
        print(repr(f.encoding), repr(f).split(" mode=")[1])
for name in ["hex", "rot13", "utf8-sig", "no-such-codec"]:
    attempt(name, lambda: open(path, encoding=name))
    attempt(name, lambda: io.TextIOWrapper(io.BytesIO(), encoding=name))

# TextIOWrapper over BytesIO.
buffer = io.BytesIO()
wrapper = io.TextIOWrapper(buffer, encoding="utf-16", newline="")
wrapper.write("one\r\ntwo\n")
wrapper.flush()
print("bytesio", buffer.getvalue())
wrapper.seek(0)
print("  ", repr(wrapper.readline()), wrapper.tell(), repr(wrapper.read()))
buffer = io.BytesIO(b"prefix")
buffer.seek(0, 2)
wrapper = io.TextIOWrapper(buffer, encoding="utf-16")
wrapper.write("x")
wrapper.flush()
print("mid-stream", buffer.getvalue())

# reconfigure() to a BOM codec before writing.
with open(path, "w", encoding="utf-8") as f:
    f.reconfigure(encoding="utf-16")
    f.write("re")
    print(f.encoding)
print("reconfigured", raw())
with open(path, "w", encoding="utf-8") as f:
    f.write("ab")
    f.reconfigure(encoding="utf-16")
    f.write("c")
print("reconfigured late", raw())

# Once text was read, the encoding and the newline mode are fixed (until a seek).
wrapper = io.TextIOWrapper(io.BytesIO("a\nb\n".encode("utf-16")), encoding="utf-16")
wrapper.readline()
for change in [dict(encoding="utf-8"), dict(errors="replace"), dict(newline=""),
               dict(newline=None), dict(encoding=None), dict(line_buffering=True)]:
    attempt("reconfigure %s" % change, lambda: wrapper.reconfigure(**change))
wrapper.seek(0)
attempt("after seek", lambda: (wrapper.reconfigure(encoding="utf-16", newline=""), wrapper.read()))
empty = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
attempt("at eof", lambda: (empty.read(1), empty.reconfigure(encoding="utf-16")))

# codecs.open and open read the same text from the same files.
for enc in ["utf-16", "utf-32-be", "utf-8-sig"]:
    with codecs.open(path, "w", enc) as f:
        f.write("α\r\nβ\n")
    written = raw()
    with open(path, "w", encoding=enc, newline="") as f:
        f.write("α\r\nβ\n")
    print(enc, written == raw(), written)
    with codecs.open(path, "r", enc) as f:
        print("   codecs.open", f.read().splitlines())
    with open(path, encoding=enc) as f:
        print("   open", f.read().splitlines())

# The incremental coders share the text files' state machine.
dec = codecs.getincrementaldecoder("utf-16")()
attempt("incremental error", lambda: dec.decode(b"\xff\xfea\x00\x00\xdc"))
dec = codecs.getincrementaldecoder("utf-16")()
attempt("incremental no bom", lambda: [dec.decode(bytes([b])) for b in "a😀".encode("utf-16-le")])
dec = codecs.getincrementaldecoder("utf-32")()
print("incremental", [dec.decode(bytes([b])) for b in "a😀".encode("utf-32")], dec.decode(b"", True))
dec = codecs.getincrementaldecoder("utf-16")()
print("incremental BE", [dec.decode(bytes([b])) for b in codecs.BOM_UTF16_BE + "a😀".encode("utf-16-be")])
enc = codecs.getincrementalencoder("utf-16")()
attempt("encoder error", lambda: enc.encode("\ud800"))
print("encoder", enc.encode("a"), enc.encode("b"))
enc = codecs.getincrementalencoder("utf-8-sig")()
attempt("sig encoder error", lambda: enc.encode("\ud800"))
print("sig encoder", enc.encode("a"), enc.encode("b"))

# Their state: whether the BOM was read or written, and the byte order it chose.
for n in ['utf-16','utf-32','utf-8-sig','utf-16-le','utf-8']:
    d = codecs.getincrementaldecoder(n)()
    print(n, d.getstate(), end=' ')
    data = {'utf-16': b'\xfe\xff\x00', 'utf-32': b'\x00\x00\xfe\xff\x00'}.get(n, b'\xef\xbb\xbfa\xc3')
    d.decode(data)
    print(d.getstate(), end=' ')
    d.setstate((b'', 0))
    print(repr(d.decode(b'a\x00\x00\x00', True)))
for n in ['utf-16', 'utf-8-sig', 'utf-8']:
    e = codecs.getincrementalencoder(n)()
    print(n, e.getstate(), e.encode('a'), e.getstate(), end=' ')
    e.setstate(2 if n == 'utf-16' else 1)
    print(e.encode('a'))
d = codecs.getincrementaldecoder('utf-16')(); d.setstate((b'', 1)); print(repr(d.decode(b'\x00a')))
d = codecs.getincrementaldecoder('utf-8-sig')(); d.setstate((b'', 0)); print(repr(d.decode(b'\xef\xbb\xbfa')))
# A reader over a stream whose second read starts with what looks like a BOM.
data = "a\ufeffb\n".encode("utf-8-sig")
r = codecs.getreader("utf-8-sig")(io.BytesIO(data))
print([r.read(1) for _ in range(4)])
r = codecs.getreader("utf-16")(io.BytesIO("x\ufeffy😀".encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""])))
print([r.read(1) for _ in range(5)])
w = codecs.getwriter("utf-16")(io.BytesIO())
w.write("a"); w.write("b"); w.reset(); w.write("c"); print(w.stream.getvalue())

os.remove(path)
os.rmdir(folder)
