# io.StringIO: initial value, read/readline/iteration, write/seek/tell/truncate, newline
# modes, error paths, subclassing, and redirecting print.
import io
import sys


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


s = io.StringIO("first line\nsecond line\nthird")
print(s.read(5), repr(s.readline()), s.tell())
print(s.readline(3), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()), repr(s.read()))
s.seek(0)
print([line for line in s])
s.seek(0)
print(s.readlines(), s.readlines())
s.seek(0)
print(s.readlines(12))

s = io.StringIO()
print(s.write("héllo"), s.write(" wörld"), s.tell(), repr(s.getvalue()))
s.seek(1)
print(s.write("EY"), s.tell(), s.getvalue())
s.seek(20)
print(s.write("!"), s.tell(), repr(s.getvalue()))
print(s.truncate(4), s.tell(), repr(s.getvalue()))
s.seek(0, 2)
print(s.tell(), s.seek(0, 1), s.read())
s.seek(2)
print(s.truncate(), repr(s.getvalue()), s.read())
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering)
s.writelines(["a", "b", "c"])
print(repr(s.getvalue()))

for newline in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("one\r\ntwo\rthree\nfour", newline=newline)
    print(repr(newline), repr(t.getvalue()), t.readlines(), t.newlines)
t = io.StringIO(newline="\r\n")
t.write("a\nb\n")
print(repr(t.getvalue()))

attempt("seek negative", lambda: io.StringIO().seek(-1))
attempt("seek cur", lambda: io.StringIO("abc").seek(1, 1))
attempt("seek end", lambda: io.StringIO("abc").seek(-1, 2))
attempt("seek whence", lambda: io.StringIO().seek(0, 5))
attempt("seek str", lambda: io.StringIO().seek("a"))
attempt("read str", lambda: io.StringIO().read("x"))
attempt("write int", lambda: io.StringIO().write(5))
attempt("truncate negative", lambda: io.StringIO("abc").truncate(-1))
attempt("fileno", lambda: io.StringIO().fileno())
attempt("initial int", lambda: io.StringIO(5))
attempt("bad newline", lambda: io.StringIO("", "x"))
attempt("newline int", lambda: io.StringIO("", 5))
attempt("None initial", lambda: io.StringIO(None).getvalue())

c = io.StringIO("data")
c.close()
c.close()
print(c.closed)
for name in ["getvalue", "read", "readline", "tell", "readable"]:
    attempt("closed " + name, getattr(c, name))
attempt("closed write", lambda: c.write("x"))
attempt("closed iter", lambda: iter(c))
attempt("closed with", lambda: c.__enter__())

with io.StringIO("in a with") as w:
    print(w.read())
print(w.closed)


class Prefixed(io.StringIO):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix

    def write(self, text):
        return super().write(self.prefix + text)


p = Prefixed("> ")
print("x", "y", file=p)
print(repr(p.getvalue()), isinstance(p, io.StringIO), type(p).__name__)


class Plain(io.StringIO):
    pass


print(Plain("a\nb").readlines())

buf = io.StringIO()
print("to", "buffer", sep="-", end="!\n", file=buf)
print(1, 2.5, None, [3], file=buf)
print(repr(buf.getvalue()))

saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 42)
sys.stdout.write("written\n")
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))
print(repr(io.StringIO), type(io.StringIO()).__name__)
