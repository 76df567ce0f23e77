s = "naïve café 😀"
print(len(s), s[2], s[-1], s[::-1], list(s[:3]), s.upper(), s.encode("utf-8"), len(s.encode("utf-8")))
print([ord(c) for c in "aé€😀"], "".join(chr(c) for c in (72, 105)), "\u00e9" == "é", "\U0001F600" == "😀", "\N{GREEK SMALL LETTER ALPHA}")
print("straße".upper(), "ΑΒΓ".lower(), "ǈ".upper(), "ǈ".lower(), "İ".lower() == "i̇", len("İ".lower()))
print(sorted("bäa"), "ä" > "z", max("aé"), "é".isalpha(), "٣".isdigit(), "Ⅻ".isnumeric(), "ⅻ".upper())
print("a😀b".find("b"), "a😀b".index("😀"), "😀" in "x😀", "😀".encode("utf-16-le"), "é".encode("latin-1"), "€".encode("cp1252") if False else "")
for enc_err in (lambda: "😀".encode("ascii"), lambda: b"\xe9".decode("utf-8"), lambda: "é".encode("ascii", "strict")):
    try:
        enc_err()
    except UnicodeError as e:
        print(type(e).__name__, e)
print("😀".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
print(b"caf\xc3\xa9".decode(), b"\xff\xfe".decode("utf-8", "replace"), b"\xff".decode("utf-8", "backslashreplace"))
print(repr("\x7f\x80\xa0\xad"), repr("\u2028"), repr("\U0010ffff"))
words = "the quick brown fox".split()
print([w[::-1] for w in words], " ".join(w.capitalize() for w in words), sum(len(w) for w in words))
print("".join(sorted(set("mississippi"))), "mississippi".count("ss"), "mississippi".replace("ss", "SS", 1))
