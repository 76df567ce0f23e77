# Character classes outside ASCII (isidentifier, isprintable, isdecimal, isdigit,
# isnumeric, isalpha, isspace) and the methods that depend on them: whitespace split and
# strip, splitlines's line boundaries, expandtabs.
ids = ["a1", "_a", "1a", "é", "ℕ", "a·", "·a", "℘x", "℮", "゛", "a゛", "𝔘", "", " ",
       "a-b", "ⅰ", "x\u0300", "\u0300x", "ǅ", "a\u200c", "\u2118", "\u1885", "a\u00ad"]
print([s.isidentifier() for s in ids])
printable = ["abc", "\t", "\x7f", "\xa0", "\xad", "\u200b", "\u2028", "\U0001F600",
             "\ue000", "\u0378", "é", " ", "\u3000", "\u0300", "\U000E0001", "\U0010FFFF"]
print([s.isprintable() for s in printable])
nums = ["123", "١٢٣", "½", "²", "Ⅻ", "一二三", "〇", "壹", "𝟘", "①", "⑴", "⒈", "፩",
        "٣.٥", "", "𐩀", "\u0f33", "\u2189", "\U0001f10b", "🄌", "a1", "ⅷ", "⁸", "𐹠"]
for s in nums:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
alpha = ["é", "\u0345", "Ⅻ", "ǅ", "ª", "ʰ", "中", "ⓐ", "ा", "\u0903", "ㄱ", "a1"]
print([s.isalpha() for s in alpha])
spaces = ["\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u2000", "\u200b", "\u3000",
          "\ufeff", "\t\n\x0b\x0c\r", "\u2028\u2029", "\u180e"]
print([s.isspace() for s in spaces])
print("a\x1cb\x1dc\x1ed\x1fe\x85f\u2028g\u3000h".split())
print("\x1c a \x1f\x85\u3000".strip(), "\x1f a".split(None, 1), "a \x1f".rsplit(None, 1))
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "  a  b  ".split(None, 0))
print("  a  b  ".rsplit(maxsplit=0), "   ".split(None, 0), "a b c".split(maxsplit=1))
print("a,b,c".split(sep=",", maxsplit=0), "a,b,c".rsplit(",", maxsplit=-5))
print("a,b,c".rsplit(",", 1), "a,,b".split(","), ",a,".rsplit(","))
text = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\x1fm"
print(text.splitlines())
print(text.splitlines(True))
print("a\n".splitlines(keepends=1), "\r\r\n\n".splitlines(1), "".splitlines(), "x\r".splitlines())
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "a\tb".expandtabs(tabsize=0))
print("a\tb\r\tc\n\td".expandtabs(3), "ab\x0bc\x0c\td".expandtabs(3), "é\tb".expandtabs(3))
print("x\ty".expandtabs(-3), "\t".expandtabs(1), "12345\t6".expandtabs(5))
print("aaa".replace("a", "b", 2), "aaa".replace("", "-"), "aaa".replace("", "-", 2))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "".replace("", "x"))
print("abc".replace("", "-", 100), "".replace("", "x", 0), "aé".replace("é", "€"))
