# Text files in UTF-16 and UTF-32: the BOM chooses the byte order and is not returned
# (-le/-be keep U+FEFF as a character), is written once at the start and not when
# appending; files larger than the 8192-byte read chunk with surrogate pairs and \r\n cut
# by chunk boundaries; universal newlines; errors= handlers and CPython's messages.
import codecs
import io
import os

folder = "/tmp/tote_io_text_utf16_32_%d" % os.getpid()
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


def put(data):
    with open(path, "wb") as f:
        f.write(data)


ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]

# Round trips, and the bytes written.
for enc in ENCODINGS:
    with open(path, "w", encoding=enc) as f:
        f.write("A€😀\n")
        f.write("b\n")
    data = raw()
    print(enc, len(data), data[:8])
    with open(path, encoding=enc) as f:
        print("  ", f.encoding, f.readlines())
    with open(path, encoding=enc) as f:
        print("  ", repr(f.readline()), f.tell(), repr(f.read()), f.tell())

# A big-endian BOM read by utf-16/utf-32; U+FEFF stays a character in -le/-be. The
# position of a big-endian stream carries its byte order (above bit 64, as CPython's).
put(codecs.BOM_UTF16_BE + "big\nendian\nend\n".encode("utf-16-be"))
with open(path, encoding="utf-16") as f:
    print("BE", repr(f.readline()))
    mark = f.tell()
    print("  ", mark, mark >> 64, mark & 0xFFFF, f.readlines())
    print("  ", f.seek(mark), repr(f.readline()))
    f.seek(8)
    attempt("  plain offset", f.readline)
with open(path, encoding="utf-16") as f:
    f.seek(mark)
    print("  new file object", f.tell() == mark, repr(f.read()))
    attempt("  bad cookie", lambda: f.seek(-mark))
put("\ufeffkept".encode("utf-16-le"))
with open(path, encoding="utf-16-le") as f:
    print("LE", repr(f.read()))
put(codecs.BOM_UTF32_BE + "big".encode("utf-32-be"))
with open(path, encoding="utf-32") as f:
    print("BE32", repr(f.read()))
put("\ufeffkept".encode("utf-32-be"))
with open(path, encoding="utf-32-be") as f:
    print("BE32 kept", repr(f.read()))

# No BOM: CPython's utf-16/utf-32 readers refuse the data.
put("no bom".encode("utf-16-le"))
with open(path, encoding="utf-16") as f:
    attempt("no bom", f.read)
put("no bom".encode("utf-32-le"))
with open(path, encoding="utf-32") as f:
    attempt("no bom", f.readline)
for data in [b"", codecs.BOM_UTF16_LE, b"\xff"]:
    put(data)
    with open(path, encoding="utf-16") as f:
        attempt("short %r" % data, f.read)

# A file larger than the read chunk: lines of drifting lengths put every kind of
# character (and the \r of a \r\n) across chunk boundaries.
lines = []
for i in range(900):
    body = "x" * (i % 7) + "é€😀" * (i % 4) + "line%d" % i
    lines.append(body + ("\r\n" if i % 2 else "\n"))
text = "".join(lines)
translated = text.replace("\r\n", "\n")
for enc in ENCODINGS:
    with open(path, "w", encoding=enc, newline="") as f:
        f.write(text)
    size = len(raw())
    with open(path, encoding=enc) as f:
        print(enc, size, f.read() == translated, f.newlines)
    with open(path, encoding=enc, newline="") as f:
        print("  readlines", f.readlines() == lines)
    with open(path, encoding=enc) as f:
        count = sum(1 for line in f)
        print("  iteration", count)
    with open(path, encoding=enc, newline="") as f:
        pieces = iter(lambda: f.read(1000), "")
        print("  read(1000)", "".join(pieces) == text)
    with open(path, encoding=enc) as f:
        marks = []
        for _ in range(4):
            f.readline()
            marks.append(f.tell())
        print("  tells", marks)
        f.seek(marks[1])
        print("  seek", repr(f.readline()))
        f.read(5000)
        mark = f.tell()
        rest = f.read()
        f.seek(mark)
        print("  mid", f.read() == rest, len(rest))
        f.seek(0)
        print("  seek0", repr(f.readline()))

# A pair and a \r\n exactly across the first chunk boundary (byte 8192).
for enc, prefix in [("utf-16", 4094), ("utf-16-le", 4095), ("utf-16-be", 4095)]:
    for tail in ["😀end\n", "\r\nend\r\n"]:
        content = "x" * prefix + tail
        with open(path, "w", encoding=enc, newline="") as f:
            f.write(content)
        with open(path, encoding=enc) as f:
            line = f.readline()
            print(enc, len(line), repr(line[-3:]), repr(f.readline()), f.tell())

# A raw stream that delivers three bytes at a time cuts every unit somewhere.
class Trickle(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(1 + len(self.data) % 3, len(self.data), len(b))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


sample = "a😀b\r\nc€\rd\n😀😀\r\n\r\r\n"
for enc in ENCODINGS + ["utf-8"]:
    for newline in [None, "", "\r", "\r\n"]:
        stream = Trickle(sample.encode(enc))
        wrapper = io.TextIOWrapper(io.BufferedReader(stream, 3), encoding=enc, newline=newline)
        print(enc, repr(newline), wrapper.readlines(), wrapper.newlines)

# Append: a BOM only into an empty file; seek(0) writes it again, other seeks do not.
for enc in ["utf-16", "utf-32"]:
    os.remove(path)
    with open(path, "a", encoding=enc) as f:
        f.write("one\n")
    with open(path, "a", encoding=enc) as f:
        print(enc, "append tell", f.tell())
        f.write("two\n")
    print("  appended", raw())
    with open(path, encoding=enc) as f:
        print("  ", f.readlines())
    with open(path, "w+", encoding=enc) as f:
        f.write("abc")
        f.seek(0)
        f.write("X")
        f.seek(0, 2)
        f.write("Y")
    print("  rewritten", raw())
    with open(path, "w", encoding=enc) as f:
        f.write("")
    print("  empty write", raw())

# Decoding errors.
put(codecs.BOM_UTF16_LE + b"a\x00\x00\xdcb\x00\x00\xd8c\x00")
for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogatepass", "surrogateescape"]:
    with open(path, encoding="utf-16", errors=errors) as f:
        attempt("utf-16 " + errors, f.read)
with open(path, encoding="utf-16") as f:
    try:
        f.readline()
    except UnicodeDecodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason)
put(b"a\x00b")
with open(path, encoding="utf-16-le") as f:
    attempt("truncated", f.read)
with open(path, encoding="utf-16-le") as f:
    attempt("truncated readline", lambda: (f.readline(), f.readline()))
put(codecs.BOM_UTF32_LE + b"a\x00\x00\x00\x00\x00\x11\x00\x00\xd8\x00\x00")
for errors in ["strict", "replace", "backslashreplace"]:
    with open(path, encoding="utf-32", errors=errors) as f:
        attempt("utf-32 " + errors, f.read)
put(b"\x00\x00\xd8\x00")
with open(path, encoding="utf-32-be", errors="surrogatepass") as f:
    attempt("utf-32-be surrogatepass", f.read)

# Encoding errors: the first write names utf-16, later ones the byte order written.
for errors in ["strict", "replace", "backslashreplace", "surrogatepass", "xmlcharrefreplace"]:
    with open(path, "w", encoding="utf-16", errors=errors) as f:
        attempt("write " + errors, lambda: f.write("a\udc80b"))
        attempt("again " + errors, lambda: f.write("\ud800"))
    print("  ", raw())
with open(path, "w", encoding="utf-32-be") as f:
    attempt("utf-32-be", lambda: f.write("x\udfff"))

os.remove(path)
os.rmdir(folder)
