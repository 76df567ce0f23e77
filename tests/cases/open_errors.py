# open() error paths: bad modes and arguments (CPython's exact messages), missing files,
# directories, existing files with "x", operations a mode does not allow, closed files,
# and decoding errors with each errors= handler.
import io
import os


def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for mode in ["rw", "rr", "", "q", "rbt", "U", "rU", "wx", "b", "t", "+", "r+b+", "ra", "xa", "rb+t"]:
    attempt("mode " + repr(mode), lambda: open("whatever.txt", mode))
attempt("mode int", lambda: open("whatever.txt", 5))
attempt("encoding int", lambda: open("whatever.txt", encoding=5))
attempt("binary encoding", lambda: open("whatever.txt", "rb", encoding="utf-8"))
attempt("binary errors", lambda: open("whatever.txt", "rb", errors="strict"))
attempt("binary newline", lambda: open("whatever.txt", "rb", newline=""))
attempt("bad keyword", lambda: open("whatever.txt", bogus=1))
attempt("no arguments", lambda: open())
attempt("float name", lambda: open(3.5))
attempt("list name", lambda: open([]))
attempt("buffering str", lambda: open("whatever.txt", buffering="x"))

attempt("missing", lambda: open("no_such_file.txt"))
attempt("missing folder", lambda: open("no_such_folder/file.txt", "w"))
attempt("empty name", lambda: open(""))
attempt("directory", lambda: open("."))
attempt("directory write", lambda: open(".", "w"))
try:
    open("no_such_file.txt")
except OSError as e:
    print(type(e).__name__, isinstance(e, FileNotFoundError), e.errno, e.strerror, e.filename, e.args)

folder = "open_errors_tmp"
os.mkdir(folder)
path = folder + "/file.txt"
with open(path, "w") as f:
    f.write("caf\u00e9 \u20ac\n")
attempt("exists", lambda: open(path, "x"))
attempt("unbuffered text", lambda: open(path, "r", buffering=0))
attempt("bad newline", lambda: open(path, "r", newline="x"))
attempt("bad encoding", lambda: open(path, "r", encoding="no-such-codec"))

w = open(path, "a")
attempt("read write-only", w.read)
attempt("readline write-only", w.readline)
attempt("iterate write-only", lambda: next(w))
attempt("write int", lambda: w.write(5))
attempt("seek cur", lambda: w.seek(1, 1))
attempt("seek end", lambda: w.seek(-1, 2))
attempt("seek negative", lambda: w.seek(-1))
attempt("seek whence", lambda: w.seek(0, 3))
w.close()
r = open(path)
attempt("write read-only", lambda: r.write("x"))
attempt("writelines read-only", lambda: r.writelines(["x"]))
attempt("truncate read-only", lambda: r.truncate())
attempt("read str", lambda: r.read("x"))
r.close()
b = open(path, "rb")
attempt("binary write", lambda: b.write(b"x"))
attempt("binary read str", lambda: b.read("x"))
b.close()
bw = open(path, "ab")
attempt("binary read", bw.read)
attempt("binary write str", lambda: bw.write("text"))
bw.close()
fw = open(path, "rb", buffering=0)
attempt("raw write", lambda: fw.write(b"x"))
fw.close()

closed = open(path)
closed.close()
closed.close()
for name in ["read", "readline", "readlines", "tell", "flush", "fileno", "isatty", "seekable", "readable"]:
    attempt("closed " + name, getattr(closed, name))
attempt("closed write", lambda: closed.write("x"))
attempt("closed seek", lambda: closed.seek(0))
attempt("closed iter", lambda: iter(closed))
attempt("closed with", lambda: closed.__enter__())
attempt("closed attrs", lambda: (closed.closed, closed.name, closed.mode, closed.encoding))
cb = open(path, "rb")
cb.close()
for name in ["read", "read1", "peek", "readline", "tell", "fileno", "readable"]:
    attempt("closed binary " + name, getattr(cb, name))
attempt("closed binary seek", lambda: cb.seek(0))

with open(path, "wb") as f:
    f.write(b"ok \xff\xfe caf\xc3\xa9 \xe2\x82")
for errors in ["strict", "ignore", "replace", "backslashreplace"]:
    with open(path, encoding="utf-8", errors=errors) as f:
        attempt("utf-8 " + errors, f.read)
    with open(path, encoding="ascii", errors=errors) as f:
        attempt("ascii " + errors, f.read)
with open(path, encoding="latin-1") as f:
    attempt("latin-1", f.read)
with open(path, "w", encoding="ascii") as f:
    attempt("encode ascii", lambda: f.write("caf\u00e9"))
with open(path, "w", encoding="latin-1", errors="replace") as f:
    attempt("encode latin-1 replace", lambda: f.write("\u20ac5"))
print(open(path, "rb").read())

os.remove(path)
os.rmdir(folder)
print("cleaned up")
