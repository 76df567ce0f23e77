# unicode_escape / raw_unicode_escape: encoding, decoding, error handlers, the exception's
# attributes, the registry view and the DeprecationWarning for unknown escapes.
import codecs
import warnings


def attempt(label, f, *args):
    try:
        print(label, ascii(f(*args)))
    except UnicodeError as e:
        print(label, type(e).__name__, e, "|", e.encoding, e.start, e.end, ascii(e.reason),
              ascii(e.object))
    except Exception as e:
        print(label, type(e).__name__, e)


text = "a\\b'\"\t\n\r\x00\x7f\x80\xe9\u20ac\U0001f600\ud800 ~"
print(text.encode("unicode_escape"))
print(text.encode("raw_unicode_escape"))
print(text.encode("unicode-escape", "bogus"))
print(codecs.encode("é", "raw-unicode-escape"), codecs.encode("é\\", "Unicode_Escape"))

good = b"a\\\\\\'\\\"\\b\\f\\t\\n\\r\\v\\a\\0\\01\\012\\0123\\x41\\u20ac\\U0001F600\\N{EN DASH}\\\nz\xe9"
print(ascii(good.decode("unicode_escape")))
print(ascii(bytearray(good).decode("unicode-escape")))
print(ascii(codecs.decode(good, "unicode_escape")), ascii(codecs.decode("\\x41\xe9", "unicode_escape")))
print(ascii(b"\\u00e9\\\\u00e9\\\\\\u00e9\\x41\\N\\".decode("raw_unicode_escape")))

bad = [b"\\x4", b"\\x4g", b"a\\xg1", b"\\u12", b"\\U1", b"\\U0011ffff", b"\\U00110000z",
       b"\\N{", b"\\N{foo}", b"\\N", b"\\Nx", b"\\N{}", b"\\N{abc", b"\\", b"ab\\"]
for data in bad:
    for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
        attempt(repr(data) + " " + errors, data.decode, "unicode_escape", errors)
for data in [b"\\u12", b"\\u", b"\\uzzzz", b"\\U1", b"\\U00110000"]:
    for errors in ("strict", "replace", "backslashreplace", "surrogatepass"):
        attempt(repr(data) + " raw " + errors, data.decode, "raw_unicode_escape", errors)

attempt("bogus handler", b"\\x4".decode, "unicode_escape", "bogus")
attempt("codecs bogus", codecs.decode, b"\\x4", "unicode_escape", "bogus")
attempt("xmlcharref", b"\\x4".decode, "unicode_escape", "xmlcharrefreplace")
attempt("clean bogus", b"ok".decode, "unicode_escape", "bogus")
attempt("decode int", codecs.decode, 5, "unicode_escape")
attempt("encode bytes", codecs.encode, b"x", "raw_unicode_escape")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(ascii(b"\\q\\w".decode("unicode_escape")), ascii(b"\\8".decode("unicode_escape")))
    print(ascii(b"\\777".decode("unicode_escape")), ascii(b"\\\xe9".decode("unicode_escape")))
    print(ascii(b"\\q".decode("raw_unicode_escape")))
    attempt("warn then fail", b"\\q\\x".decode, "unicode_escape")
for w in caught:
    print(w.category.__name__, ascii(str(w.message)))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    attempt("as error", b"\\q".decode, "unicode_escape")

# The _codecs functions: (output, consumed), final=False keeps a cut escape.
print(codecs.unicode_escape_encode("é\\"), codecs.raw_unicode_escape_encode("é\\\u20ac"))
for f in (codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode):
    for data in [b"\\", b"a\\x4", b"\\u12", b"\\N{abc", b"\\N", b"\\01", b"\\U0011fff",
                 b"\\\\\\", b"ab\\u", b"\\x4g", b"\\N{foo}", b"\\U0011ffff"]:
        attempt(f.__name__ + " " + repr(data), f, data, "strict", False)
attempt("final default", codecs.unicode_escape_decode, b"\\x41\\x4")
attempt("str input", codecs.unicode_escape_decode, "\\x41\xe9")
attempt("bad errors", codecs.unicode_escape_decode, b"x", 5)
attempt("no args", codecs.unicode_escape_decode)
attempt("enc bytes", codecs.unicode_escape_encode, b"x")
attempt("enc errors", codecs.unicode_escape_encode, "x", 3)
attempt("too many", codecs.unicode_escape_encode, "x", "bad", 3)
attempt("handler direct", codecs.unicode_escape_decode, b"\\x4", "bogus")
print(codecs.escape_encode(b"a\n\x80'\"\\"), codecs.escape_decode(b"\\x41\\n"))
attempt("escape trailing", codecs.escape_decode, b"ab\\")
attempt("escape bad x", codecs.escape_decode, b"a\\x4")
attempt("escape str", codecs.escape_encode, "a")

# The registry and the incremental coders.
for name in ("unicode_escape", "unicode-escape", "RAW_UNICODE_ESCAPE"):
    info = codecs.lookup(name)
    print(name, info.name, info.encode.__name__, info.decode.__name__, info._is_text_encoding)
print(codecs.lookup("unicode_escape").decode(b"\\xe9z"), codecs.lookup("unicode_escape").encode("é"))
decoder = codecs.getincrementaldecoder("unicode_escape")()
print(type(decoder).__module__, type(decoder).__name__)
print(ascii(decoder.decode(b"a\\x4")), decoder.getstate(), ascii(decoder.decode(b"1\\")),
      ascii(decoder.decode(b"n")), ascii(decoder.decode(b"\\N{EURO")), ascii(decoder.decode(b" SIGN}")),
      ascii(decoder.decode(b"\\u20", final=False)), ascii(decoder.decode(b"ac", final=True)))
attempt("final cut", decoder.decode, b"\\", True)
decoder.reset()
attempt("cut then bad", lambda: decoder.decode(b"\\x") + decoder.decode(b"zz"))
raw = codecs.getincrementaldecoder("raw_unicode_escape")()
print(ascii(raw.decode(b"\\u00")), ascii(raw.decode(b"e9\\")), ascii(raw.decode(b"\\")),
      ascii(raw.decode(b"\\", True)))
encoder = codecs.getincrementalencoder("unicode_escape")()
print(encoder.encode("é\n"), encoder.encode("x", True))

# \N{...}: any case, algorithmic names, and no names for characters after Unicode 14.
for name in [b"latin small letter a", b"CJK UNIFIED IDEOGRAPH-4E00", b"HANGUL SYLLABLE GA",
             b"MODIFIER LETTER CYRILLIC SMALL A", b"\xff"]:
    attempt(name, (b"\\N{" + name + b"}").decode, "unicode_escape")

# str(bytes, encoding) warns as bytes.decode does.
print(str(b"\\q", "unicode_escape"))
