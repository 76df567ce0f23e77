# %-formatting: every conversion crossed with flags, width, precision, '*' and mappings.
convs = "d i o u x X e E f F g G c r s a".split()
values = {"d": [0, 42, -42, 2 ** 70, True, 3.99], "i": [7, -7], "o": [8, -8, 0], "u": [5, -5],
          "x": [255, -255, 2 ** 64], "X": [255, 48879], "e": [0.0, 12345.678, -1e-10, 1e300], "E": [1.5, -0.0],
          "f": [3.14159, -2.5, 1e16, 0.005, 2], "F": [1.0, float("inf"), float("nan")],
          "g": [0.0001, 123456789.0, 1e-5, 100.0, 0.1], "G": [1e-10, 1e20],
          "c": [65, "z", 0x1F600], "r": ["it's", 1.0, None], "s": ["txt", 1.0, [1, "a"]], "a": ["é", "x"]}
flags = ["", "-", "+", " ", "#", "0", "#0", "-+", "+0"]
for c in convs:
    for v in values[c]:
        row = []
        for f in flags:
            for spec in ("", "8", ".3", "10.2"):
                fmt = "%" + f + spec + c
                try:
                    row.append(fmt % (v,))
                except (TypeError, ValueError, OverflowError) as e:
                    row.append("<%s>" % type(e).__name__)
        print(c, repr(v), "|".join(row))

print("%*d|%-*d|%.*f|%*.*f" % (5, 42, 5, 42, 2, 3.14159, 9, 3, 2.71828))
print("%(name)s is %(age)d, %(name)r again, %(pct).1f%%" % {"name": "Ann", "age": 30, "pct": 99.44})
print("%s" % "single", "%s" % ("tuple",), "%s" % ([1, 2],), "%r" % ((1, 2),), "%%", "%%|" % ())
print("%c%c%c" % (72, "i", 33), "%5c|%-5c|" % ("a", 98), "%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%#o %#x %#X %#.3g %#.0f %#e" % (8, 255, 255, 1.0, 2.0, 1.0))
print("%-10s|%10s|%.2s|%-6.3s|" % ("left", "right", "truncate", "abcdef"))
print("%i %d %u" % (3.7, -3.7, 2.0), "%x" % True, "%s %s" % (b"bytes", bytearray(b"ba")))

errors = [
    ("%d", "str"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%(a)s", {"b": 1}),
    ("%c", 1.5), ("%c", "ab"), ("%c", -1), ("%c", 0x110000), ("%x", 1.5), ("%*d", ("a", 1)), ("%(a)s %s", {"a": 1}),
    ("%", ()), ("%.", 1), ("%s %s", "ab"), ("%o", "8"), ("%e", "1"), ("%s", ()),
]
for fmt, arg in errors:
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)

class Custom:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
    def __int__(self):
        return 7
    def __index__(self):
        return 7
    def __float__(self):
        return 7.5
print("%s %r %a %d %x %f %.1e" % ((Custom(),) * 7))
print("%s|%5s|%-5s|" % (None, True, 1j), "%(x)s%(x)s" % {"x": "rep"}, "%s" % {"k": "v"}, "%d%%" % 50)
