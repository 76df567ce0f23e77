# Wrong calls of the codecs module's functions fail with CPython's exception and message:
# argument counts, refused or unknown keywords, and argument types, in CPython's order.
import codecs

SHAPES = [((), {}), ((None,), {}), ((1, 2, 3), {}), ((), {"k": 1}), ((1,), {"k": 1})]


def attempt(name, f, args, kwargs):
    try:
        r = f(*args, **kwargs)
        print(name, args, kwargs, "->", type(r).__name__)
    except Exception as e:
        print(name, args, kwargs, "->", type(e).__name__ + ":", e)


for name in ["lookup", "getencoder", "getdecoder", "getincrementalencoder",
             "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
             "escape_encode", "escape_decode", "unicode_escape_encode", "unicode_escape_decode",
             "raw_unicode_escape_encode", "raw_unicode_escape_decode"]:
    for args, kwargs in SHAPES:
        attempt(name, getattr(codecs, name), args, kwargs)
print(codecs.getencoder(encoding="ascii")("hi"))
attempt("getencoder", codecs.getencoder, ("ascii",), {"encoding": "ascii"})
attempt("encode", codecs.encode, (None,), {})
attempt("unicode_escape_decode", codecs.unicode_escape_decode, (b"a", "strict", "c"), {})
attempt("unicode_escape_decode", codecs.unicode_escape_decode, (b"a", "strict", 1.5), {})
print(codecs.unicode_escape_decode(b"a\\", "strict", False))
