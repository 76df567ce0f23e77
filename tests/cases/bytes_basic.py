# bytes literals, indexing, slicing, repr, operations.
b = b"hello"
print(b, b[0], b[-1], b[1:3], b[::-1], len(b))
print(b"\x00\x01\xff", b"tab\there", b"quote'", b'dq"', b"both'\"")
print(b"\n\r\\", bytes(3), bytes([65, 66, 67]), bytes(range(250, 256)))
print(b + b" world", b * 2, b"ll" in b, 104 in b, b"x" in b)
print(list(b"abc"), b.upper(), b.split(b"l"), b"-".join([b"a", b"b"]))
print(b.find(b"l"), b.count(b"l"), b.replace(b"l", b"L"), b.startswith(b"he"))
print(b.hex(), bytes.fromhex("48 69"), b"AbC".lower())
print(b == b"hello", b < b"help", b"" == bytes())
print(repr(b"\x7f\x80"), str(b"x"))
ba = bytearray(b"abc")
ba[0] = 90
ba.append(33)
ba += b"?"
print(ba, bytes(ba), len(ba))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b"%s=%d" % (b"k", 5))
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
