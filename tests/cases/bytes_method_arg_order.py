# Which argument bytes methods and %-formatting check first, and the words they use.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Size(int):
    pass


for recv in (b"abcab", bytearray(b"abcab")):
    for name in ("count", "find", "rfind", "index", "rindex"):
        method = getattr(recv, name)
        show(lambda: method("a", "x"))  # the bounds are converted before the needle
        show(lambda: method("a", 1))
        show(lambda: method(b"a", 1))
        show(lambda: method(98, None, 4))
    show(lambda: recv.hex(1, b"x"))  # the group size before the separator
    show(lambda: recv.hex(bytearray(b"x")))
    show(lambda: recv.hex(bytearray(b"xy")))
    show(lambda: recv.hex(b":", 2))
    show(lambda: recv.hex("-", -1))
    show(lambda: recv[:0].decode("no-such-codec"))  # no bytes: '' before the lookup
    show(lambda: recv[:0].decode("utf-8", "no-such-handler"))
    show(lambda: recv.decode("no-such-codec"))
show(lambda: str(b"", "no-such-codec"))
show(lambda: str(b"a", "no-such-codec"))

for fmt in (b"%i", b"%d", b"%u", b"%x", b"%f", b"%e", b"%g", "%i", "%f"):
    for arg in ("s", None, 1 + 2j, 2.5, Size(7)):
        show(lambda: fmt % arg)

for fmt in ("%*d", "%.*f", "%*.*f"):
    # 2**31 overflows a C int precision; as a width it would build a 2 GB string.
    big = (2**63,) if fmt == "%*d" else (2**31, 2**63)
    for width in (3, -3, True, Size(4), *big, 1.0, "3"):
        show(lambda: fmt % ((width, 2.5) if fmt != "%*.*f" else (width, width, 2.5)))
