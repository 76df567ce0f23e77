# repr() of str and bytes: quote selection, escapes for control/non-printable characters,
# and ascii(); also repr inside containers.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r", "\x00\x07\x1b\x7f",
           "\x80\x9f\xa0\xad", "é ñ ü", "\u200b\u2028\u2029\ufeff", "東京", "😀", "\U0001f600\U000e0001",
           "\ud800", "\udfff", "\u0378", "", "'", '"', "'\"", "\\", "a\x0bb\x0cc"]
for s in samples:
    print(repr(s), ascii(s), len(s))

bsamples = [b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x7f\x80\xff", b"\t\n\r", b"\\", b"", b"'\""]
for b in bsamples:
    print(repr(b), repr(bytearray(b)))

print([repr(c) for c in "\x00\x01\x1f\x20\x7e\x7f"])
print(repr(chr(0x10ffff)), repr(chr(0xe000)), repr(chr(0x3000)), repr(chr(0xa0)), repr(chr(0x85)), repr(chr(0x1680)))
print(["a'b", 'a"b', "\n"], ("é",), {"k'": "v\""}, {"\t"})
print(str(["\n"]), str("\n") == "\n", repr(repr("x")), eval(repr("all \\ 'kinds' \"of\" \t\n\x00 é 😀")) == "all \\ 'kinds' \"of\" \t\n\x00 é 😀")

# round-trip every code point block sample through repr/eval
ok = True
for cp in list(range(0, 0x300, 7)) + [0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10fffe]:
    s = chr(cp) * 2
    if eval(repr(s)) != s:
        ok = False
        print("round trip failed for", hex(cp))
print("round trips", ok)

# ascii() of other objects
class Custom:
    def __repr__(self):
        return "Custom(é)"
print(ascii(Custom()), ascii([1, "ü"]), ascii(b"\xff"), ascii(None), ascii(1.5))

# escape sequences in literals
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\u00e9" == "é", "\x41\101\u0041\U00000041", len("\N{SNOWMAN}"), "\N{snowman}")
print(r"\n\t", len(r"\n"), rb"\x00", b"\101\x41", "\
continued")
for bad in (r'"\N{NOT A REAL NAME}"', r'"\x4"', r'"\u12"', r'b"\u1234"', r'"\777"'):
    try:
        print(bad, repr(eval(bad)))
    except SyntaxError as e:
        print(bad, "SyntaxError", e.msg)
