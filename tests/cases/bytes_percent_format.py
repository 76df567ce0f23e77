# printf-style formatting of bytes and bytearray (`%`).
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class WithBytes:
    def __bytes__(self):
        return b"WB"

class BadBytes:
    def __bytes__(self):
        return "x"

print(b"%s=%d" % (b"k", 5), b"%s" % b"x", b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"), b"%b" % WithBytes())
print(b"%d %i %u %x %X %o %e %f %g" % (42, -3, 7, 255, 255, 8, 1.5, 2.5, 3.5))
print(b"%5s|%-5s|%.1s|%5.2f|%05d|%+d|% d|%#x|%#o" % (b"ab", b"cd", b"xyz", 3.14159, 42, 1, 2, 255, 8))
print(b"%r %a" % ("\xe9", b"x"), b"%r" % [1, b"y"], b"%a" % "\u20ac")
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"%%" % (), b"100%%" % (), b"%*d|%-*d|%.*f" % (4, 1, 4, 2, 2, 3.14159))
print(b"%(a)s-%(b)d" % {b"a": b"x", b"b": 2}, b"no args" % (), b"%s" % (b"tuple",), b"x" % {})
print(bytearray(b"%d items") % 3, type(bytearray(b"%d") % 1).__name__, b"\xff%s" % b"\xfe")
show("str arg", lambda: b"%s" % "x")
show("int for %s", lambda: b"%s" % 5)
show("list for %s", lambda: b"%s %s" % [b"a", b"b"])
show("bad __bytes__", lambda: b"%s" % BadBytes())
show("%c 256", lambda: b"%c" % 256)
show("%c -1", lambda: b"%c" % -1)
show("%c str", lambda: b"%c" % "A")
show("%c long", lambda: b"%c" % b"AB")
show("too many", lambda: b"%d" % (1, 2))
show("too few", lambda: b"%d %d" % 1)
show("no specs", lambda: b"ab" % 1)
show("bad char", lambda: b"%y" % 1)
show("%d str", lambda: b"%d" % "x")
show("%x float", lambda: b"%x" % 1.5)
show("str key", lambda: b"%(a)s" % {"a": b"x"})
show("incomplete", lambda: b"%" % ())
print("%s" % b"x", "%r" % bytearray(b"y"))
