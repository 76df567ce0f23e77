# repr of strings: quote choice and escape sequences.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\r", "back\\slash",
           "\x00\x07\x1b", "é ñ ü", "日本", "\u200b", "\x7f", "\U0001F600", "", "'", '"']
for s in samples:
    print(repr(s))
print(ascii("é日\U0001F600"))
print(str(b"bytes"), repr("\\n"))
print("a\
b")
print(r"raw \n string", len(r"\n"))
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α", "\101\x41")
