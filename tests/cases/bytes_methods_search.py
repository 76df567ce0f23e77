# bytes searching: find/rfind/index/rindex/count with start/end and int needles,
# startswith/endswith with tuples, partition/rpartition, removeprefix/removesuffix, `in`.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

b = b"abracadabra"
print(b.find(b"bra"), b.find(b"bra", 2), b.find(b"bra", 2, 9), b.find(b"zz"), b.find(97))
print(b.rfind(b"bra"), b.rfind(b"a", 0, 5), b.rfind(98), b.rfind(b"x"))
print(b.find(b""), b.find(b"", 11), b.find(b"", 12), b.rfind(b""), b.rfind(b"", 1, 2))
print(b.find(b"a", -3), b.find(b"a", None, None), b.find(b"a", -100, 100), b.find(b"c", 5, 2))
print(b.index(b"cad"), b.rindex(b"a"), b.index(114, 3), b.count(b"a"), b.count(b"bra"))
print(b.count(b""), b.count(b"", 3, 5), b.count(97, 1), b.count(b"a", 20), b"aaaa".count(b"aa"))
print(b.find(bytearray(b"cad")), b.find(memoryview(b"dab")), b.count(bytearray(b"a")))
show("index missing", lambda: b.index(b"zz"))
show("rindex missing", lambda: b.rindex(122))
show("index window", lambda: b.index(b"a", 1, 3))
show("find str", lambda: b.find("a"))
show("find big int", lambda: b.find(256))
show("find negative", lambda: b.find(-1))
show("count float", lambda: b.count(1.5))
show("find bad start", lambda: b.find(b"a", "x"))
show("find no args", lambda: b.find())
show("find many args", lambda: b.find(b"a", 1, 2, 3))
show("count kw", lambda: b.count(b"a", start=1))
show("bytearray find kw", lambda: bytearray(b).find(b"a", start=1))

print(b.startswith(b"abra"), b.startswith(b"bra", 1), b.startswith(b"bra", 1, 3))
print(b.endswith(b"bra"), b.endswith(b"cad", 0, 7), b.endswith((b"x", b"ra")), b.endswith(()))
print(b.startswith(bytearray(b"ab")), b.startswith(b"", 11), b.startswith(b"", 12), b.endswith(b"", -1))
show("startswith str", lambda: b.startswith("a"))
show("startswith int", lambda: b.endswith(1))
show("startswith tuple of str", lambda: b.startswith(("a",)))
print(b.startswith((b"a", 1)))

print(b.partition(b"cad"), b.partition(b"x"), b.rpartition(b"a"), b.rpartition(b"x"))
print(b.partition(bytearray(b"r")), bytearray(b"xry").rpartition(memoryview(b"r")))
show("partition empty", lambda: b.partition(b""))
show("partition str", lambda: b.partition("a"))
show("partition no arg", lambda: b.partition())
print(b.removeprefix(b"abra"), b.removeprefix(b"x"), b.removesuffix(b"abra"), b.removesuffix(b""))
show("removeprefix str", lambda: b.removeprefix("a"))

print(b"cad" in b, b"" in b, 99 in b, 120 in b, bytearray(b"dab") in b, memoryview(b"ra") in b)
print(b"x" not in b, True in b"\x01", 0 in b"\x00")
show("in str", lambda: "a" in b)
show("in 256", lambda: 256 in b)
show("in -1", lambda: -1 in b)
show("in float", lambda: 1.0 in b)
show("in None", lambda: None in b)
