# io.BytesIO: initial bytes, reads, lines, writes past the end, seek/tell/truncate, errors.
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


b = io.BytesIO(b"alpha\nbeta\ngamma")
print(b.read(3), b.read1(2), b.tell())
print(b.readline(), b.readline(2), b.readline())
print(b.readline(), b.read(), b.read())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines(), b.readlines())
b.seek(0)
print(b.readlines(7))

b = io.BytesIO()
print(b.write(b"hello"), b.write(b" world"), b.tell(), b.getvalue())
b.seek(1)
print(b.write(b"EY"), b.getvalue())
b.seek(15)
print(b.write(b"!"), b.tell(), b.getvalue())
print(b.truncate(4), b.tell(), b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(-10, 1), b.read())
print(b.seek(0), b.read(-1), b.read(None))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
b.writelines([b"x", b"y"])
print(b.getvalue())
print(io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b"kw").read())

attempt("seek negative", lambda: io.BytesIO().seek(-1))
attempt("seek whence", lambda: io.BytesIO().seek(0, 3))
attempt("write str", lambda: io.BytesIO().write("text"))
attempt("read str", lambda: io.BytesIO().read("x"))
attempt("initial str", lambda: io.BytesIO("text"))
attempt("truncate negative", lambda: io.BytesIO(b"abc").truncate(-1))
attempt("fileno", lambda: io.BytesIO().fileno())

c = io.BytesIO(b"data")
c.close()
print(c.closed)
for name in ["getvalue", "read", "readline", "tell", "flush", "readable"]:
    attempt("closed " + name, getattr(c, name))
attempt("closed write", lambda: c.write(b"x"))

with io.BytesIO(b"ctx") as w:
    print(w.read())
print(w.closed)


class Counting(io.BytesIO):
    def write(self, data):
        print("writing", len(data))
        return super().write(data)


k = Counting(b"")
k.write(b"abc")
print(k.getvalue(), isinstance(k, io.BytesIO), isinstance(k, io.BufferedIOBase))
