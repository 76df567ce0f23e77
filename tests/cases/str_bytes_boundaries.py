# Where str and bytes meet: mixing them is an error, bytes() from str needs an encoding,
# equality across the types is False, bytes(int) vs bytes([int]), conversions through
# encode/decode with defaults, ord/chr on both, iteration and membership types.
s, b = "abc", b"abc"
print(s == b, b == s, s.encode() == b, b.decode() == s, hash(b) == hash(b"abc"), len(s) == len(b))
for expr in ("s + b", "b + s", "b % s if False else b'%s' % s", "s.join([b])", "b.join(['a'])", "s in b", "b in s",
             "b.startswith('a')", "s.startswith(b'a')", "b.replace('a', 'b')", "s.split(b'b')", "b < s", "bytes(s)",
             "str(b, 'nope')"):
    try:
        print("%-28s -> %r" % (expr, eval(expr)))
    except (TypeError, LookupError) as e:
        print("%-28s -> %s: %s" % (expr, type(e).__name__, e))

print(bytes(3), bytes([3]), bytes((65, 66)), bytes(range(3)), bytes("é", "utf-8"), bytes("é", encoding="latin-1"))
print(bytearray(2), bytearray(b"xy"), bytearray("ü", "utf-8"), bytes(bytearray(b"q")), bytes(memoryview(b"mv")))
for bad in (lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytes("x", "ascii", "bogus-extra") if False else bytes(None)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(str(b"abc"), repr(str(b"abc")), str(b"abc", "ascii"), str(bytearray(b"z")), "%s|%r" % (b"x", b"x"), f"{b'fx'}")
print([type(x).__name__ for x in (b[0], b[0:1], s[0], s[0:1], bytearray(b)[0], bytearray(b)[:1])])
print(list(b), list(s), 97 in b, b"a" in b, "a" in s, bytes([b[0]]) == b[:1], chr(b[0]), ord(b[:1]), ord("é"), chr(233))
try:
    ord(b"ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)

text = "naïve ☃"
for enc in ("utf-8", "utf-16-le", "latin-1", "ascii"):
    try:
        data = text.encode(enc)
        print(enc, len(data), data[:6], data.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e.start, e.end)
print(text.encode(), text.encode("ascii", "replace"), b"caf\xc3\xa9".decode(), b"\xe9".decode("latin-1"), len(text.encode()))
print(b"%d bytes, %s, %r, %c" % (5, b"raw", b"q", 65), b"%x|%5.2f" % (255, 2.5), "%s" % b"bytes in str")
try:
    b"%s" % "text"
except TypeError as e:
    print(type(e).__name__, e)
print(b"A".lower(), "A".lower(), b"abc".upper().decode(), b"x".isalpha(), "x".isalpha(), b" a ".strip(), b"a,b".split(b","))
