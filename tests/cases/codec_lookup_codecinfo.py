# codecs.lookup returns a CodecInfo: a 4-tuple (encode, decode, streamreader, streamwriter)
# with the codec's parts as attributes; getencoder/getdecoder return its functions.
import codecs

info = codecs.lookup("UTF8")
print(type(info).__name__, type(info).__mro__[1].__name__, isinstance(info, tuple), len(info))
print(info.name, info[0] is info.encode, info[1] is info.decode, info._is_text_encoding)
print(repr(info).split(" at ")[0], type(info.encode).__name__)
print(info.encode("héllo"), info.decode(b"h\xc3\xa9llo"), info.decode(b"ab", "strict"))
enc, dec, reader, writer = codecs.lookup("latin1")
print(enc("é"), dec(b"\xe9"), codecs.lookup("latin1").name)
print(codecs.lookup("utf-8") is codecs.lookup("UTF-8"), codecs.lookup("utf-8") == codecs.lookup("u8"))
for name in ["utf8", "U16", "utf_32_be", "cp1252", "koi8-r", "mac-roman", "hex", "base64",
             "rot13", "ROT-13", "base-64", "hex_codec", "646"]:
    i = codecs.lookup(name)
    print(name, i.name, i._is_text_encoding, i.incrementaldecoder.__module__,
          i.incrementalencoder.__name__)
print([(codecs.lookup(n).encode.__name__, codecs.lookup(n).decode.__name__)
       for n in ["utf-8", "ascii", "latin-1", "utf-16-le", "cp1252", "hex", "base64", "rot13"]])
print(codecs.getencoder("cp1252")("€"), codecs.getdecoder("utf-16-le")(b"a\x00b\x00"))
print(codecs.getencoder("hex")(b"\x01\xff"), codecs.getdecoder("rot13")("Uryyb"))
for bad in ["xyz", "", "utf-9", "hex-encoding"]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print(type(e).__name__, e)
for call in [lambda: codecs.lookup(5), lambda: codecs.lookup(), lambda: codecs.getencoder("nope"),
             lambda: info.encode(b"x"), lambda: info.decode("x"),
             lambda: codecs.lookup("cp1252").encode(b"x"), lambda: info.decode(b"\xc3"),
             lambda: info.encode("\ud800"), lambda: codecs.lookup("hex").decode("6")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
# A CodecInfo made by hand, and a subclass.
mine = codecs.CodecInfo(str.upper, str.lower, name="shout")
print(mine.name, mine[0]("x"), mine[1]("Y"), mine.streamreader, mine.incrementaldecoder,
      mine._is_text_encoding, len(mine))
print(repr(mine).split(" at ")[0])
class Info(codecs.CodecInfo):
    pass
sub = Info(len, len, None, None, None, None, "sub", _is_text_encoding=False)
print(type(sub).__name__, sub.name, sub._is_text_encoding, sub[0]("abc"), isinstance(sub, tuple))
try:
    codecs.CodecInfo(len)
except TypeError as e:
    print(type(e).__name__, e)
