# Text files in utf-8-sig (what spreadsheets export as "CSV UTF-8"): the BOM is written
# once at the start, skipped when read, and never written when appending; seek/tell,
# readline with \r\n, errors= handlers and the error messages.
import codecs
import io
import os

folder = "/tmp/tote_io_text_utf8_sig_%d" % os.getpid()
os.mkdir(folder)
path = os.path.join(folder, "data.csv")


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def raw():
    with open(path, "rb") as f:
        return f.read()


rows = ["name,city\r\n", "Zoë,Zürich\r\n", "Łukasz,Kraków\r\n", "😀,€\r\n"]
with open(path, "w", encoding="utf-8-sig", newline="") as f:
    print(f.encoding, f.tell())
    for row in rows:
        f.write(row)
    print("written tell", f.tell())
print("bytes", raw())

with open(path, encoding="utf-8-sig") as f:
    print("tell0", f.tell())
    line = f.readline()
    print(repr(line), f.tell())
    line = f.readline()
    print(repr(line), f.tell())
    mark = f.tell()
    print("rest", repr(f.read()))
    f.seek(mark)
    print("again", repr(f.readline()))
    f.seek(0)
    print("from 0", repr(f.readline()), f.newlines)

with open(path, encoding="utf-8-sig", newline="") as f:
    print("untranslated", f.readlines())
with open(path, encoding="utf-8") as f:
    print("as utf-8", repr(f.readline()))
with open(path, encoding="UTF-8-SIG") as f:
    print(f.encoding, [line for line in f])

# No BOM: utf-8-sig reads plain UTF-8 too.
with open(path, "wb") as f:
    f.write("plain ünicode\n".encode("utf-8"))
with open(path, encoding="utf-8-sig") as f:
    print("no bom", repr(f.read()))

# Append: a BOM only into an empty file.
os.remove(path)
with open(path, "a", encoding="utf-8-sig") as f:
    f.write("first\n")
with open(path, "a", encoding="utf-8-sig") as f:
    f.write("second\n")
print("appended", raw())

# One BOM however many writes; an empty first write still writes it.
with open(path, "w", encoding="utf-8-sig") as f:
    f.write("")
    f.write("a")
    f.write("b")
print("writes", raw())

# Back to 0 and writing again: the BOM again; elsewhere none.
with open(path, "w+", encoding="utf-8-sig") as f:
    f.write("abcdef")
    f.seek(0)
    f.write("X")
    f.seek(5)
    f.write("Y")
print("rewritten", raw())

# A BOM cut by the chunk boundary of a raw stream that delivers one byte at a time.
class Trickle(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        if not self.data:
            return 0
        b[0] = self.data[0]
        self.data = self.data[1:]
        return 1


data = codecs.BOM_UTF8 + "héllo\r\nwörld\r".encode("utf-8")
wrapper = io.TextIOWrapper(io.BufferedReader(Trickle(data), 1), encoding="utf-8-sig")
print("trickle", [wrapper.readline() for _ in range(3)])
dec = codecs.getincrementaldecoder("utf-8-sig")()
print("incremental", [dec.decode(bytes([b])) for b in data])
print("short", repr(io.TextIOWrapper(io.BytesIO(b"\xef\xbb"), encoding="utf-8-sig").read()))

# Errors: CPython's utf-8-sig decodes with the utf-8 codec after the BOM.
with open(path, "wb") as f:
    f.write(codecs.BOM_UTF8 + b"ok\xff\xfeend\n")
for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
    with open(path, encoding="utf-8-sig", errors=errors) as f:
        attempt(errors, f.read)
with open(path, encoding="utf-8-sig") as f:
    try:
        f.readline()
    except UnicodeDecodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason)
with open(path, "w", encoding="utf-8-sig") as f:
    attempt("encode", lambda: f.write("a\udcffb"))
    f.write("ok")
print("after error", raw())
with open(path, "w", encoding="utf-8-sig", errors="surrogateescape") as f:
    f.write("a\udcffb")
print("surrogateescape", raw())
with open(path, "w", encoding="utf-8-sig", errors="backslashreplace") as f:
    f.write("a\udcffb")
print("backslashreplace", raw())

attempt("utf8-sig", lambda: open(path, encoding="utf8-sig"))
attempt("encode", lambda: "ab".encode("utf-8-sig"))
attempt("decode", lambda: b"\xef\xbb\xbfab".decode("utf-8-sig"))
attempt("decode twice", lambda: b"\xef\xbb\xbf\xef\xbb\xbfab".decode("utf-8-sig"))

os.remove(path)
os.rmdir(folder)
