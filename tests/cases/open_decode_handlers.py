# open(errors=...) on bytes that do not decode: surrogateescape and surrogatepass give lone
# surrogates (and round-trip on writing), the encode-only handlers refuse to decode.
import os

path = "open_decode_handlers_tmp.txt"
with open(path, "wb") as f:
    f.write(b"ok \xff\xfe\xe9 utf8 \xed\xa0\x80 end\n")
for handler in ["surrogateescape", "surrogatepass", "replace", "ignore", "backslashreplace",
                "xmlcharrefreplace", "namereplace"]:
    try:
        with open(path, errors=handler) as f:
            print(handler, ascii(f.read()))
    except (UnicodeDecodeError, TypeError) as e:
        print(handler, type(e).__name__, e)
with open(path, encoding="ascii", errors="surrogateescape") as f:
    text = f.read()
print(ascii(text))
with open(path, "w", encoding="ascii", errors="surrogateescape") as f:
    f.write(text)
with open(path, "rb") as f:
    print(f.read())
with open(path, "wb") as f:
    f.write(b"pass \xed\xb3\xbf and \xed\xa0")
with open(path, errors="surrogatepass") as f:
    try:
        print(ascii(f.read()))
    except UnicodeDecodeError as e:
        print(e)
with open(path, encoding="latin-1", errors="surrogateescape") as f:
    print(ascii(f.read()))
with open(path, "w", errors="surrogatepass") as f:
    f.write("\udc80\ud83d")
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
