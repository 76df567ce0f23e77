# The codecs that are not text encodings: hex and base64 (bytes to bytes) and rot13 (str to
# str) through codecs.encode/decode, their errors (binascii.Error is a ValueError), and
# str.encode/bytes.decode refusing them.
import codecs

print(codecs.encode(b"\x00\xffab", "hex"), codecs.decode(b"00ff6162", "hex"))
print(codecs.decode("4142", "hex_codec"), codecs.decode(bytearray(b"AbCd"), "hex"))
print(codecs.encode(memoryview(b"xy"), "HEX"), codecs.encode(b"", "hex"))
print(codecs.encode(b"hello world", "base64"), codecs.encode(b"", "base64"))
long = codecs.encode(bytes(range(100)), "base64")
print(long.count(b"\n"), [len(line) for line in long.split(b"\n")])
print(codecs.decode(long, "base64") == bytes(range(100)))
print(codecs.decode(b"aGVsbG8gd29ybGQ=\n", "base64"), codecs.decode(b"aG\nVs bG8=", "base_64"))
print(codecs.decode(b"a!G=V=s", "base64"), codecs.decode(b"aGk=====", "base64"))
print(codecs.encode("Hello, World! 123", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.encode(codecs.encode("round trip", "rot13"), "ROT-13"))
print(codecs.encode(b"\x01", encoding="hex", errors="strict"))
calls = [
    lambda: codecs.decode(b"616", "hex"),
    lambda: codecs.decode(b"61zz", "hex"),
    lambda: codecs.decode("é1", "hex"),
    lambda: codecs.decode(5, "hex"),
    lambda: codecs.encode("ab", "hex"),
    lambda: codecs.encode(5, "hex"),
    lambda: codecs.encode(b"ab", "hex", "ignore"),
    lambda: codecs.decode(b"aGVsbG8gd29ybGQ", "base64"),
    lambda: codecs.decode(b"aGVsb", "base64"),
    lambda: codecs.decode(b"=aGk", "base64"),
    lambda: codecs.decode("aGk=", "base64"),
    lambda: codecs.encode("x", "base64"),
    lambda: codecs.decode(b"x", "base64", "replace"),
    lambda: codecs.encode(b"ab", "rot13"),
    lambda: codecs.decode(5, "rot13"),
    lambda: codecs.encode("x", "rot13", "ignore"),
    lambda: "ab".encode("rot13"),
    lambda: "ab".encode("hex"),
    lambda: b"ab".decode("hex"),
    lambda: b"ab".decode("BASE64"),
    lambda: bytearray(b"ab").decode("rot_13"),
    lambda: str(b"ab", "hex_codec"),
    lambda: "ab".encode("zzz"),
]
for call in calls:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
try:
    codecs.decode(b"abc", "hex")
except ValueError as e:
    print(type(e).__module__, type(e).__qualname__, e.args)
