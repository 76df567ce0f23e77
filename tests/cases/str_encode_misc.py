# str <-> bytes conversions and other str methods.
s = "héllo"
b = s.encode()
print(b, len(s), len(b))
print(b.decode(), b.decode("utf-8") == s)
print("abc".encode("ascii"), "é".encode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(str(42), str(-1.5), str(None), str(True), str([1, "a"]), str((1,)))
print("abc".translate({ord("a"): "A", ord("c"): None}))
print("a-b_c".maketrans("-_", "  ") == {45: 32, 95: 32})
print("%s" % "x".join("123"))
print("tEsT".upper().lower().title())
print(" ".join("one two  three".split()[::-1]))
