# UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError: args, attributes, str()
# of raised and hand-built errors, and the constructors' argument checks.
for text, codec in [("é", "ascii"), ("a€b", "latin-1"), ("x\u4e00\u4e01", "cp1252"), ("Ж", "koi8-u")]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print(e.args, "|", e, "|", repr(e))
        print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError))
for data, codec in [(b"\xff", "utf-8"), (b"ab\xe4\xb8", "utf-8"), (b"\x80", "ascii"), (b"\x81", "cp1252")]:
    try:
        data.decode(codec)
    except UnicodeDecodeError as e:
        print(e.args, "|", e, "|", repr(e))
        print(e.encoding, e.object, e.start, e.end, e.reason)

e = UnicodeEncodeError("ascii", "x", 0, 1, "r")
print(e.args, str(e), repr(e), e.object, e.start, e.end, e.reason, e.encoding)
print(str(UnicodeEncodeError("ascii", "xyz", 0, 2, "r")))
print(str(UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "r")))
e = UnicodeDecodeError("utf-8", b"xyz", 1, 2, "bad")
print(e.args, str(e), repr(e), e.object, e.start, e.end, e.reason, e.encoding)
e = UnicodeDecodeError("utf-8", bytearray(b"xyz"), 1, 3, "bad")
print(e.args, str(e), type(e.object).__name__)
e = UnicodeTranslateError("\u20acx", 0, 1, "no")
print(e.args, str(e), e.object, e.start, e.end, e.reason, e.encoding)
e = UnicodeEncodeError.__new__(UnicodeEncodeError)
print(e.args, e.encoding, e.object, e.start, e.end, e.reason)
print(hasattr(UnicodeError("x"), "encoding"), UnicodeError("x").args, str(UnicodeError("a", "b")))

for args in [(), ("ascii",), ("ascii", "x", 0, 1), (1, "x", 0, 1, "r"), ("a", b"x", 0, 1, "r"),
             ("a", "x", "y", 1, "r"), ("a", "x", 0, 1.5, "r"), ("a", "x", 0, 1, 2),
             ("a", "x", 0, 1, "r", 6)]:
    try:
        print("ok", UnicodeEncodeError(*args).args)
    except TypeError as ex:
        print(args, type(ex).__name__, ex)
for args in [("a", b"x", 0, 1, "r"), ("a", "x", 0, 1, "r"), ("a", 5, 0, 1, "r"), (1, b"x", 0, 1, "r")]:
    try:
        print("ok", UnicodeDecodeError(*args).args)
    except TypeError as ex:
        print(args, type(ex).__name__, ex)

# out-of-range and empty extents, and attributes changed after the fact
print(str(UnicodeEncodeError("ascii", "abc", 5, 9, "r")))
print(str(UnicodeEncodeError("ascii", "abc", 1, 1, "r")))
print(str(UnicodeDecodeError("ascii", b"abc", 1, 1, "r")))
e = UnicodeDecodeError("ascii", b"abc", 1, 1, "r")
e.start = 0
e.end = 2
e.reason = "new"
e.encoding = "enc"
print(str(e), e.args)
e = UnicodeEncodeError("ascii", "abc", 0, 1, "r")
e.object = "zzz"
print(str(e), e.args)


class MyErr(UnicodeEncodeError):
    pass


e = MyErr("ascii", "é", 0, 1, "r")
print(str(e), e.args, isinstance(e, UnicodeError), e.encoding)
try:
    raise MyErr("utf-8", "abc", 1, 2, "custom")
except UnicodeError as caught:
    print(type(caught).__name__, caught)
