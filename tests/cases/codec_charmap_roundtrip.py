# Single-byte (charmap) codecs: every codec round-trips its whole table, aliases find
# them, undefined characters and bytes meet each error handler, and text files use them.
import os

codecs = ["cp437", "cp850", "cp1250", "cp1251", "cp1252"]
codecs += ["iso8859-%d" % n for n in range(2, 17) if n != 12]
codecs += ["koi8-r", "koi8-u", "mac-roman"]
for name in codecs:
    defined = []
    for b in range(256):
        try:
            defined.append(bytes([b]).decode(name))
        except UnicodeDecodeError as e:
            defined.append(None)
    text = "".join(c for c in defined if c is not None)
    back = text.encode(name)
    holes = [hex(b) for b, c in enumerate(defined) if c is None]
    print(name, len(text), back == bytes(b for b, c in enumerate(defined) if c is not None),
          ascii(text[128:136]), holes[:6])

for alias in ["windows-1252", "WINDOWS_1252", "1252", "latin9", "iso-8859-15", "L9",
              "macroman", "mac_roman", "macintosh", "koi8_r", "cskoi8r", "IBM437", "437",
              "cyrillic", "greek", "hebrew", "latin2", "iso_8859_16", "thai", "iso.8859.15",
              "cp-1252", "latin-9", "iso8859-12", "koi8u", "iso8859.15"]:
    try:
        print(alias, "€éЖ".encode(alias, "replace"), b"\xa4\xe9\xb6".decode(alias))
    except LookupError as e:
        print(alias, type(e).__name__, e)

sample = "Ünïcode €5 – “quotes” 東京"
for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
          "namereplace", "surrogateescape", "no-such-handler"]:
    for name in ["cp1252", "koi8-r", "cp437", "iso8859-5"]:
        try:
            print(h, name, sample.encode(name, h))
        except UnicodeEncodeError as e:
            print(h, name, type(e).__name__, e, e.args[0], e.start, e.end)
        except LookupError as e:
            print(h, name, type(e).__name__, e)
    for name in ["cp1252", "iso8859-3", "iso8859-6", "iso8859-11"]:
        raw = b"ok \x81\x8d\xa5\xae\xdb\xfc\xff end"
        try:
            print(h, name, repr(raw.decode(name, h)))
        except UnicodeDecodeError as e:
            print(h, name, type(e).__name__, e, e.args[0], e.start, e.end, e.object[e.start:e.end])
        except (LookupError, TypeError) as e:
            print(h, name, type(e).__name__, e)

print(bytearray(b"\x80\x9f").decode("cp1252"), str(b"\x80", "cp1252"), bytes("€", "cp1252"))
print(b"\x81x\xff".decode("cp1252", "surrogateescape").encode("cp1252", "surrogateescape"))

folder = "codec_charmap_tmp"
os.mkdir(folder)
path = folder + "/text.txt"
for name, text in [("cp1252", "Grüße, café €\n"), ("koi8-r", "Жук ═╬\n"), ("mac-roman", "π≠∞ café\n")]:
    with open(path, "w", encoding=name) as f:
        print(name, f.write(text), f.encoding)
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding=name) as f:
        print(repr(f.read()))
with open(path, "w", encoding="cp1252", errors="namereplace") as f:
    f.write("Ж – ok\n")
with open(path, encoding="cp1252") as f:
    print(repr(f.read()))
try:
    with open(path, "w", encoding="cp1252") as f:
        f.write("Ж")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(path, "wb") as f:
    f.write(b"a\x81b\x90")
for errors in ["strict", "replace", "ignore", "backslashreplace"]:
    try:
        with open(path, encoding="cp1252", errors=errors) as f:
            print(errors, repr(f.read()))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
os.remove(path)
os.rmdir(folder)

# failures that are not about the data name the encoding as it was given
for call in [lambda: "é\u4e00".encode("Windows-1252", "nope"),
             lambda: b"\x81".decode("WINDOWS-1252", "nope"),
             lambda: b"\xa1".decode("iso-8859-6", "xmlcharrefreplace")]:
    try:
        call()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
