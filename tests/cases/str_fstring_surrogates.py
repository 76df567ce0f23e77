# Lone surrogate escapes in the literal text of f-strings (and of strings joined to them)
# are the surrogates themselves, as in plain literals.
x = 5
s = f"\ud800{x}"
print(len(s), ascii(s), hex(ord(s[0])))
print(ascii(f"a{{\udc80}}b{x}\N{EM DASH}\U0000d834"))
print(ascii(f"{x:\udc80>3}"), len(f"{x:\udc80>3}"))
print(ascii("\ud800" f"{x}\udfff" "\udc00"))
print(ascii(rf"\ud800{x}"), ascii(fr"{x}\udc80"))
print(ascii(f"{x}" "\ud800"), ascii(f"\ud800"), ascii(f"\uDBFF\uDC00"))
print(ascii(f'''\ud801
{x}\udc02'''))
print(ascii(f"\xff\ud800{{}}"), ascii(f"{{\udc00}}"))
t = f"\ud83d{''}\ude00"
print(len(t), ascii(t), t == "\ud83d\ude00", t == "\U0001f600")
print([hex(ord(c)) for c in f"{x}\udc80\udcff"])
try:
    f"\ud800{x}".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(f"\udc80{x}".encode("utf-8", "surrogateescape"))
print(f"\ud800{x}".encode("utf-8", "surrogatepass"))
print(f"\udcff{x}".encode("ascii", "backslashreplace"))
print(ascii(f"\ud800{x!r}\udc00{x:>4}\udbff"))
print(ascii(f"{'a'}\ud800" + "\udc00"), ascii(f"\ud800".upper()))
for src in ['x = b"a" f"\\ud800{1}"', 'x = f"{1}" b"a"', 'x = ("a"\n b"b")', 'f("a" b"b", 1)',
            'x = "a" b"b"  # c', 'x = "a" b"b";y=1', 'x = "a" b"b" \\\n + 1']:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
