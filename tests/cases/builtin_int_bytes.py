# int.to_bytes / int.from_bytes with 3.11's defaults (length=1, byteorder='big'), signed
# conversions, and their errors.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for n in [0, 1, 5, 127, 128, 255, 256, -1, -128, -129, 2**64, -(2**63)]:
    for length in [0, 1, 2, 9]:
        for signed in [False, True]:
            try:
                r = n.to_bytes(length, "little", signed=signed)
                back = int.from_bytes(r, "little", signed=signed)
                print(n, length, signed, r.hex(), back)
            except OverflowError as e:
                print(n, length, signed, "OverflowError", e)
show("(5).to_bytes()", lambda: (5).to_bytes())
show("(256).to_bytes()", lambda: (256).to_bytes())
show("(5).to_bytes(2)", lambda: (5).to_bytes(2))
show("(5).to_bytes(length=2, byteorder='little')", lambda: (5).to_bytes(length=2, byteorder="little"))
show("(5).to_bytes(1, 'middle')", lambda: (5).to_bytes(1, "middle"))
show("(5).to_bytes(1, byteorder=1)", lambda: (5).to_bytes(1, byteorder=1))
show("(5).to_bytes(-1)", lambda: (5).to_bytes(-1))
show("(5).to_bytes(-1, 'middle')", lambda: (5).to_bytes(-1, "middle"))
show("(5).to_bytes('1')", lambda: (5).to_bytes("1"))
show("(5).to_bytes(2**100)", lambda: (5).to_bytes(2**100))
show("(5).to_bytes(1, 'big', True)", lambda: (5).to_bytes(1, "big", True))
show("(5).to_bytes(1, 'big', signed=True, x=1)", lambda: (5).to_bytes(1, "big", signed=True, x=1))
show("(5).to_bytes(x=1)", lambda: (5).to_bytes(x=1))
show("(-1).to_bytes(1)", lambda: (-1).to_bytes(1))
show("(5).to_bytes(signed=[])", lambda: (5).to_bytes(signed=[]))
show("True.to_bytes(2)", lambda: True.to_bytes(2))
show("int.to_bytes()", lambda: int.to_bytes())
show("int.to_bytes('a')", lambda: int.to_bytes("a"))
show("int.to_bytes(7, 2)", lambda: int.to_bytes(7, 2))
show("from_bytes(b'\\x01\\x00')", lambda: int.from_bytes(b"\x01\x00"))
show("from_bytes(b'\\x01\\x00', 'little')", lambda: int.from_bytes(b"\x01\x00", "little"))
show("from_bytes(b'\\xff', signed=True)", lambda: int.from_bytes(b"\xff", signed=True))
show("from_bytes([1, 2])", lambda: int.from_bytes([1, 2]))
show("from_bytes(iter([1, 2]))", lambda: int.from_bytes(iter([1, 2])))
show("from_bytes(bytearray(b'ab'), 'little')", lambda: int.from_bytes(bytearray(b"ab"), "little"))
show("from_bytes(memoryview(b'ab'))", lambda: int.from_bytes(memoryview(b"ab")))
show("from_bytes(b'')", lambda: int.from_bytes(b""))
show("from_bytes(b'', signed=True)", lambda: int.from_bytes(b"", signed=True))
show("from_bytes(1)", lambda: int.from_bytes(1))
show("from_bytes('ab')", lambda: int.from_bytes("ab"))
show("from_bytes([256])", lambda: int.from_bytes([256]))
show("from_bytes([1, 'a'])", lambda: int.from_bytes([1, "a"]))
show("from_bytes(b'a', 'middle')", lambda: int.from_bytes(b"a", "middle"))
show("from_bytes(b'a', None)", lambda: int.from_bytes(b"a", None))
show("from_bytes(b'a', 'big', True)", lambda: int.from_bytes(b"a", "big", True))
show("from_bytes()", lambda: int.from_bytes())
show("from_bytes(x=1)", lambda: int.from_bytes(x=1))
show("from_bytes(bytes=b'a')", lambda: int.from_bytes(bytes=b"a"))
show("from_bytes(b'a', bytes=b'b')", lambda: int.from_bytes(b"a", bytes=b"b"))
show("bool.from_bytes(b'\\x01')", lambda: bool.from_bytes(b"\x01"))
class Big(int):
    pass
r = Big.from_bytes(b"\x02\x00", "little")
print(type(r).__name__, r, Big(300).to_bytes(2, "big"))
