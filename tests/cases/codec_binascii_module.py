# The binascii module: hex and base64 conversions (lenient and strict base64 decoding),
# crc32, and binascii.Error (a ValueError) with CPython's messages.
import binascii

print(binascii.Error.__mro__[1].__name__, binascii.Error.__module__, issubclass(binascii.Incomplete, Exception))
print(binascii.hexlify(b"\x00\xffab"), binascii.b2a_hex(bytearray(b"ab")), binascii.hexlify(b"abc", "-"))
print(binascii.hexlify(b"abcde", b":", 2), binascii.hexlify(b"abcde", ":", -2), binascii.hexlify(memoryview(b"")))
print(binascii.unhexlify(b"6162"), binascii.unhexlify("6162"), binascii.a2b_hex("AbCd"))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.b2a_base64(b""))
print(binascii.b2a_base64(bytes(range(60)))[-6:], len(binascii.b2a_base64(bytes(range(60)))))
print(binascii.a2b_base64(b"aGVsbG8=\n"), binascii.a2b_base64("aGVsbG8="), binascii.a2b_base64(b""))
print(binascii.a2b_base64(b"\xff\xfeaGk="), binascii.a2b_base64(b"!!!"))
for data in [b"aGVs=", b"aGVs=aGk=", b"a=Gk", b"aG=", b"aG==", b"aG===", b"aGk==", b"aGk=\n",
             b"aGVs\n", b"aG=k", b"aG=k=", b"aG==k", b"aGk=aGk=", b"==", b"a===", b"aGVsb", b"a",
             b"aGVsbG8", b"aGV=", b"aG k="]:
    results = []
    for strict in (False, True):
        try:
            results.append(binascii.a2b_base64(data, strict_mode=strict))
        except binascii.Error as e:
            results.append(str(e))
    print(data, results)
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""))
print(binascii.crc32(b"a", -1), binascii.crc32(b"a", 2**40), binascii.crc32(bytearray(b"x" * 1000)))
calls = [
    lambda: binascii.unhexlify("616"),
    lambda: binascii.unhexlify("6g"),
    lambda: binascii.unhexlify("é1"),
    lambda: binascii.unhexlify(5),
    lambda: binascii.unhexlify(b"61", b"62"),
    lambda: binascii.hexlify("ab"),
    lambda: binascii.hexlify(),
    lambda: binascii.b2a_base64("x"),
    lambda: binascii.a2b_base64("aGk\xe9="),
    lambda: binascii.crc32("a"),
    lambda: binascii.crc32(b"a", 1.5),
]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
try:
    binascii.a2b_hex(b"6")
except ValueError as e:
    print(type(e).__module__, type(e).__name__, e.args)
