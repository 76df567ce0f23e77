# TextIOWrapper over BytesIO: encodings and their aliases, and every errors= handler on
# reading bytes that do not decode.
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


data = b"caf\xc3\xa9 \xff\xfe ok\n\xe2\x82\xac end\xc3"
for encoding in ["utf-8", "UTF8", "utf_8", "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "L1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        wrapper = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors=errors)
        attempt(encoding + " " + errors, wrapper.read)
    print(io.TextIOWrapper(io.BytesIO(b""), encoding=encoding).encoding)

attempt("latin-1 surrogateescape", io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="latin-1", errors="surrogateescape").read)
attempt("unknown handler, no error", io.TextIOWrapper(io.BytesIO(b"fine"), errors="bogus").read)
attempt("unknown handler, error", io.TextIOWrapper(io.BytesIO(b"\xff"), errors="bogus").read)
attempt("unknown encoding", lambda: io.TextIOWrapper(io.BytesIO(b""), encoding="klingon"))
attempt("encoding not str", lambda: io.TextIOWrapper(io.BytesIO(b""), encoding=5))

# The reason and position of each kind of bad UTF-8.
for bad in [b"ab\x80", b"\xc3(", b"\xe2\x82", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xf5abc", b"ok\xc0\xaf"]:
    attempt(bad, io.TextIOWrapper(io.BytesIO(bad)).read)
    attempt(bad, io.TextIOWrapper(io.BytesIO(bad), errors="replace").read)

try:
    io.TextIOWrapper(io.BytesIO(b"xy\xffz")).read()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(isinstance(e, ValueError), isinstance(e, UnicodeError))

# A multi-byte character split across the 8192-byte chunks the wrapper reads.
text = ("é" * 5000) + "\nend"
wrapper = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")))
lines = wrapper.readlines()
print(len(lines), len(lines[0]), lines[1])

# Reading line by line and character by character.
wrapper = io.TextIOWrapper(io.BytesIO("naïve café\nsecond\n".encode()), encoding="utf-8")
print(repr(wrapper.read(4)), repr(wrapper.readline()), repr(wrapper.readline(3)), repr(wrapper.read()))
print(repr(wrapper.read()), repr(wrapper.readline()))
