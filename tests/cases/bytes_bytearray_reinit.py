# bytearray.__init__ on an existing bytearray takes bytearray()'s arguments (source,
# encoding, errors) and replaces the contents; it refuses a receiver of another type.


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class Ba(bytearray):
    pass


b = bytearray(b"xy")
show("bytearray.__init__(b, a=1)", lambda: bytearray.__init__(b, a=1))
show("init(b, 'ab', 'ascii')", lambda: (bytearray.__init__(b, "ab", "ascii"), b)[1])
show("init(b, 3)", lambda: (bytearray.__init__(b, 3), b)[1])
show("init(b, source=, encoding=)", lambda: (bytearray.__init__(b, source="ab", encoding="ascii"), b)[1])
show("b.__init__()", lambda: (b.__init__(), b)[1])
show("init(b, 1, 2, 3, 4)", lambda: bytearray.__init__(b, 1, 2, 3, 4))
show("init(b, [1, 2])", lambda: (bytearray.__init__(b, [1, 2]), b)[1])
show("init(b, 'ab')", lambda: bytearray.__init__(b, "ab"))
show("bytearray.__init__(b'x')", lambda: bytearray.__init__(b"x"))
x = Ba(b"abc")
x.__init__(b"zz")
print(x, type(x).__name__)
x.__init__(2)
print(x)
m = memoryview(x)
show("x.__init__(b'q') while exported", lambda: x.__init__(b"q"))
m.release()
x.__init__(b"q")
print(x)
# The arguments are parsed before the bytes are cleared; a later error leaves it empty.
b = bytearray(b"xy")
show("init(b, 'ab') leaves", lambda: (show("", lambda: bytearray.__init__(b, "ab")), b)[1])
b = bytearray(b"xy")
show("init(b, 1, 2, 3, 4) leaves", lambda: (show("", lambda: bytearray.__init__(b, 1, 2, 3, 4)), b)[1])
b = bytearray(b"xy")
show("init(b, bad=1) leaves", lambda: (show("", lambda: bytearray.__init__(b, bad=1)), b)[1])
