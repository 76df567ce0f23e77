# format(), bin/oct/hex (including big and negative values and __index__), ascii(), and the
# NotImplemented / Ellipsis singletons.
for v in (0, 1, -1, 255, -255, 2 ** 64, -(2 ** 100) + 1, True):
    print(v, bin(v), oct(v), hex(v), format(v, "b"), format(v, "#o"), format(v, "X"))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()), int(hex(-3), 16), int(bin(2 ** 70), 2) == 2 ** 70, int(oct(-8), 8))
for bad in (1.5, "10", None, [1]):
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)

print(format(3.5), format("x"), format([1, "a"]), format(None), format(2 ** 70), format(1e-7), format(b"b"))
print(format(42, "") == str(42), format("abc", "^7"), format(-0.0), format(10, "+"), format(True, ""))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F") else "C"
        value = self.c if unit == "C" else self.c * 9 / 5 + 32
        return format(value, spec[:-1] if spec[-1:] in ("C", "F") else spec) + unit
t = Temp(21.5)
print(format(t, ".1fF"), format(t, ".0fC"), format(t, ""), f"{t:>8.2fF}", "{:C}".format(t), format(t, "e"))
try:
    format(3, 5)
except TypeError as e:
    print(type(e).__name__, e)
class NoFormat:
    pass
print(format(NoFormat(), "") == str(NoFormat()) if False else format(NoFormat(), "")[:10])
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)

print(ascii("plain"), ascii("é"), ascii("日本"), ascii("\n\t"), ascii(["ü", b"\xff"]), ascii({"k": "ñ"}), ascii(3), ascii("😀"))
class R:
    def __repr__(self):
        return "R<ö>"
print(ascii(R()), repr(R()), ascii((R(),)))

# NotImplemented and Ellipsis
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, Ellipsis, ..., type(...).__name__)
print(... is Ellipsis, Ellipsis is type(...)(), type(NotImplemented)() is NotImplemented, str(...))
def stub():
    ...
print(stub(), [1, ...], {"k": ...}, (...,)[0] is ...)
arr = {(0, Ellipsis): "ellipsis key"}
class Grid:
    def __getitem__(self, key):
        return key
print(Grid()[..., 1], Grid()[1:2, ...], arr[(0, ...)])
print(NotImplemented == NotImplemented, ... == ..., hash(...) == hash(Ellipsis))
