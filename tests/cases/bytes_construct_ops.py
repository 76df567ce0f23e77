# bytes(): every constructor form and its errors; operators: comparison, concatenation,
# repetition, hashing, indexing, slicing, iteration, immutability; int <-> bytes.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"

class BadBytes:
    def __bytes__(self):
        return "not bytes"

class Three:
    def __index__(self):
        return 3

print(bytes(), bytes(0), bytes(3), bytes(Three()), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(250, 256)))
print(bytes(b"abc"), bytes(bytearray(b"xy")), bytes(memoryview(b"mv")), bytes(WithBytes()))
print(bytes("h\xe9", "utf-8"), bytes("h\xe9", "latin-1"), bytes("h\xe9", encoding="ascii", errors="replace"))
print(bytes(source=b"kw"), bytes(iter([1, 2])), bytes(x for x in b"gen"), bytes({7: "a"}), bytes([True, False]))
show("str no encoding", lambda: bytes("abc"))
show("float", lambda: bytes(1.5))
show("negative", lambda: bytes(-1))
show("256", lambda: bytes([256]))
show("-1 item", lambda: bytes([-1]))
show("str item", lambda: bytes(["a"]))
show("encoding with bytes", lambda: bytes(b"x", "utf-8"))
show("encoding with int", lambda: bytes(3, "utf-8"))
show("errors alone", lambda: bytes(3, errors="strict"))
show("errors with str", lambda: bytes("a", errors="strict"))
show("encoding only", lambda: bytes(encoding="utf-8"))
show("bad __bytes__", lambda: bytes(BadBytes()))
show("bad kw", lambda: bytes(x=1))
show("too many", lambda: bytes(1, 2, 3, 4))
show("unknown encoding", lambda: bytes("a", "nope"))
show("encoding not str", lambda: bytes("a", 1))
show("None", lambda: bytes(None))

a, b = b"abc", b"abd"
print(a == b"abc", a != b, a < b, a <= b, b > a, a >= a, b"" < b"\x00", b"ab" < b"abc", b"\xff" > b"\x7f")
print(a == "abc", a == bytearray(b"abc"), a < bytearray(b"abd"), bytearray(b"a") <= b"a", a == memoryview(b"abc"))
show("bytes < str", lambda: a < "abc")
show("bytes < int", lambda: a > 1)
print(a + b, a + bytearray(b"!"), a + memoryview(b"?"), a * 2, 3 * b"-", a * 0, a * -1, b"" * 5, a * True)
show("bytes + str", lambda: a + "x")
show("bytes + int", lambda: a + 1)
show("bytes * str", lambda: a * "x")
show("bytes * float", lambda: a * 1.5)
show("memoryview + bytes", lambda: memoryview(b"x") + b"y")
c = a
c += b"d"
c *= 2
print(c, a, c is a)

print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(bytes()), hash(bytes([97])) == hash(b"a"))
d = {b"k": 1, bytes(b"k2"): 2}
print(d[b"k"], d[b"k2"], b"k" in d, len({b"a", b"a", bytes(b"a")}))

x = b"hello"
print(x[0], x[-1], x[1:3], x[::-1], x[::2], x[10:], x[-100:2], x[1:4:2], type(x[0]).__name__, type(x[0:1]).__name__)
show("index 5", lambda: x[5])
show("index -6", lambda: x[-6])
show("index str", lambda: x["a"])
show("step 0", lambda: x[::0])
print(list(x), [i for i in b""], list(reversed(b"ab")), sorted(b"cab"), max(b"az"), sum(b"\x01\x02"))
it = iter(b"ab")
print(type(it).__name__, next(it), next(it), next(it, "end"))
print(len(x), bool(x), bool(b""), str(b"q'"), repr(b"\x00\t\n\r\\'\""), b"%" in b"100%")

def assign():
    x[0] = 1
show("item assignment", assign)
def delete():
    del x[0]
show("item deletion", delete)

print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(int.from_bytes(memoryview(b"\xff"), "big", signed=True), int.from_bytes([1, 2], "big"), int.from_bytes(b"", "big"))
print((258).to_bytes(2, "little"), (258).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
show("from_bytes 256", lambda: int.from_bytes([256], "big"))
print(int(b"12"), int(bytearray(b" 7 ")), int(b"ff", 16), float(b"1.5"), ord(b"a"), ord(bytearray(b"z")))
show("ord long", lambda: ord(b"ab"))
show("int bad bytes", lambda: int(b"x"))
print(isinstance(b"", bytes), issubclass(bytes, object), type(b"").__name__, bytes.__name__)
print(b"ab".__len__(), b"ab".__getitem__(1), b"ab".__contains__(97), b"ab".__bytes__(), list(b"ab".__iter__()))
