# SyntaxError attributes and str (constructed and from the compiler), OSError fields,
# StopIteration.value, SystemExit.code, KeyError's str, and the Unicode error fields.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

e = SyntaxError("bad", ("dir/x.py", 3, 5, "a b c\n", 3, 7))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset,
      e.print_file_and_line)
print(str(e), repr(e), e.args)
for info in [("x.py", 3, 5, "t"), (None, 3, 5, "t"), ("d/x.py", None, 5, "t"),
             (None, None, None, None)]:
    print(str(SyntaxError("m", info)))
print(repr(str(SyntaxError("m"))), repr(str(SyntaxError())), SyntaxError("a", "b", "c").msg)
print(SyntaxError().msg, SyntaxError().lineno, str(IndentationError("m", ("f.py", 2, 1, "x"))))
show("SyntaxError('m', 1)", lambda: SyntaxError("m", 1))
show("SyntaxError('m', (1, 2))", lambda: SyntaxError("m", (1, 2)))
show("SyntaxError('m', (1,) * 7)", lambda: SyntaxError("m", (1,) * 7))
show("SyntaxError('m', ('f', 1, 2, 't', 5))", lambda: SyntaxError("m", ("f", 1, 2, "t", 5)))
for src in ["a b c", "x = (", "def f(:\n pass", "f'{}'", "x = = 1\n", "if True\n  pass\n"]:
    try:
        compile(src, "src/y.py", "exec")
    except SyntaxError as ex:
        print(type(ex).__name__, str(ex), ex.lineno, ex.offset, repr(ex.text), ex.end_offset)
e = SyntaxError("m", ("f.py", 1, 2, "t"))
e.msg = "changed"
e.lineno = 9
print(str(e))
e = OSError(2, "No such", "a.txt", 0, "b.txt")
print(e.errno, e.strerror, e.filename, e.filename2, e.args, str(e), type(e).__name__)
print(str(OSError(2, "x")), str(OSError("just")), OSError("just").errno, OSError(1, 2, 3, 4, 5, 6).args)
print(type(OSError(13, "x")).__name__, type(OSError(17, "x", "f")).__name__)
class OSE(OSError):
    def __init__(self, *a):
        super().__init__(*a)
o = OSE(2, "nf", "file")
print(o.errno, o.strerror, o.filename, o.args, str(o), type(o).__name__)
print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
s = StopIteration(5)
s.value = 7
print(s.value, s.args)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(str(KeyError("k")), str(KeyError("a", "b")), repr(str(KeyError())), str(KeyError("")))
try:
    b"ab\xff".decode()
except UnicodeDecodeError as ex:
    print(ex.encoding, ex.object, ex.start, ex.end, ex.reason, ex.args)
    print(ex)
try:
    "aé".encode("ascii")
except UnicodeEncodeError as ex:
    print(ex.encoding, ex.object, ex.start, ex.end, ex.reason, ex.args)
    print(ex)
print(UnicodeDecodeError("u", bytearray(b"ab"), 0, 1, "r").object)
print(str(UnicodeDecodeError("u", b"abc", 5, 9, "r")), str(UnicodeEncodeError("u", "abc", 0, 3, "r")))
print(str(UnicodeEncodeError("u", "\U0001f600", 0, 1, "r")), str(UnicodeTranslateError("é", 0, 1, "no")))
show("UnicodeDecodeError('u')", lambda: UnicodeDecodeError("u"))
show("UnicodeDecodeError(1, b'a', 0, 1, 'r')", lambda: UnicodeDecodeError(1, b"a", 0, 1, "r"))
show("UnicodeDecodeError('u', 'a', 0, 1, 'r')", lambda: UnicodeDecodeError("u", "a", 0, 1, "r"))
show("UnicodeEncodeError('u', b'a', 0, 1, 'r')", lambda: UnicodeEncodeError("u", b"a", 0, 1, "r"))
show("UnicodeDecodeError('u', b'a', '0', 1, 'r')", lambda: UnicodeDecodeError("u", b"a", "0", 1, "r"))
