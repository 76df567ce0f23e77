# chr, ord, repr, ascii, bin, hex, oct, format.
print(chr(65), chr(0x263A), ord("A"), ord("\n"), ord("☺"), ord(chr(0x10FFFF)))
print(repr(1), repr("a"), repr([1, "a", None]), repr(1.5), repr(True), repr(None), repr((1,)))
print(ascii("ünïcode"), ascii([1, "é"]))
print(bin(10), hex(255), oct(8), bin(-5), hex(-255), hex(0), bin(0))
print(format(255, "x"), format(1234.5, ",.1f"), format("a", "^5"), format(0.5, "%"))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print(int(hex(2 ** 70), 16) == 2 ** 70)
