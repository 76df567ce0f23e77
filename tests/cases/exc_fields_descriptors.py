# The fields of OSError, SyntaxError, ImportError, StopIteration, SystemExit, the Unicode
# errors and exception groups are member descriptors on the class: the instance __dict__
# stays empty, assignment/deletion go through the member, and __reduce__ carries them.
def attempt(f):
    try:
        print("  ->", f())
    except Exception as x:
        print("  ->", type(x).__name__, x)


for cls, name in [(OSError, "errno"), (OSError, "filename2"), (SyntaxError, "lineno"),
                  (SyntaxError, "print_file_and_line"), (ImportError, "path"),
                  (StopIteration, "value"), (SystemExit, "code"),
                  (UnicodeDecodeError, "start"), (UnicodeTranslateError, "reason"),
                  (BaseExceptionGroup, "exceptions")]:
    d = cls.__dict__[name]
    print(cls.__name__, name, type(d).__name__, d, d.__objclass__.__name__)
print(type(OSError.__dict__["characters_written"]).__name__)
print([k for k in ("errno", "msg", "value", "code") if k in BlockingIOError.__dict__])

e = OSError(2, "No such file", "a.txt")
print(e.__reduce__())
e.errno = 5
e.filename2 = "b.txt"
print(e.__reduce__(), str(e), repr(e), e.args)
print(e.__dict__, vars(e))
del e.errno
print(e.errno, str(e))
print(OSError("plain").__reduce__(), OSError(1, "x").__reduce__())

b = BlockingIOError(11, "busy", 7)
print(b.characters_written, b.filename, b.__reduce__())
b.characters_written = 3
print(b.characters_written)
del b.characters_written
attempt(lambda: b.characters_written)
attempt(lambda: delattr(b, "characters_written"))
attempt(lambda: setattr(b, "characters_written", "x"))
attempt(lambda: OSError(1, "x").characters_written)

s = SyntaxError("bad", ("f.py", 3, 4, "text", 3, 6))
print(s.__reduce__())
s.lineno = 9
s.msg = "other"
print(str(s), s.lineno, s.end_offset, s.__dict__)
del s.msg
print(repr(s.msg), str(s))

print(StopIteration(3).value, StopIteration(3).__dict__, StopIteration().value)
print(SystemExit(1, 2).code, SystemExit().code, SystemExit(4).__dict__)
i = ImportError("no", name="mod", path="/p")
print(i.__reduce__(), i.msg, i.name, i.path, i.__dict__)
i.name = "other"
i.extra = 1
print(i.__reduce__(), i.__dict__)
print(ImportError("x").__reduce__(), ModuleNotFoundError("m", name="m").__reduce__())

u = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "bad")
print(u.__reduce__(), str(u))
u.start = 0
u.reason = "why"
print(str(u), u.__dict__)
attempt(lambda: delattr(u, "start"))
attempt(lambda: setattr(u, "end", "x"))
del u.encoding
print(u.encoding)

g = ExceptionGroup("msg", [ValueError(1)])
print(g.__dict__, g.message, g.exceptions)
attempt(lambda: setattr(g, "message", "x"))
attempt(lambda: delattr(g, "exceptions"))


class MyOS(OSError):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1


m = MyOS(1, "x", "f")
print(m.__reduce__(), m.__dict__, m.errno, m.filename)


class Quiet(StopIteration):
    pass


q = Quiet(5)
q.note = "n"
print(q.value, q.__dict__, q.__reduce__())

for code in ["1 +", "x = (", "def f(:\n pass"]:
    try:
        compile(code, "z.py", "exec")
    except SyntaxError as x:
        print(x.__dict__, x.msg, x.lineno, x.offset, x.filename, repr(x.text))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as x:
    print(x.__dict__, x.start, x.end, x.reason, x.object, x)
try:
    import nonexistent_module_xyz
except ImportError as x:
    print(x.__dict__, x.name, x.path, x.msg)

# __reduce__ hands the instance dict back once it was made (read or filled).
v = ValueError(1)
print(v.__reduce__())
v.__dict__
print(v.__reduce__())
w = KeyError("k")
w.extra = [1]
print(w.__reduce__(), vars(w))
o = OSError(2, "x", "f")
vars(o)
print(o.__reduce__())

# AttributeError's name and obj are members too.
print(type(AttributeError.__dict__["obj"]).__name__, AttributeError.__dict__["name"])
try:
    (1).foo
except AttributeError as x:
    print(x.__dict__, x.name, x.obj, x.__reduce__())
ae = AttributeError("m", name="n", obj=3)
print(ae.__dict__, ae.name, ae.obj)
ae.name = "z"
del ae.obj
print(ae.name, ae.obj, ae.__dict__)


class MyAE(AttributeError):
    pass


mae = MyAE("q")
mae.tag = 1
print(mae.__dict__, mae.name, mae.obj)
