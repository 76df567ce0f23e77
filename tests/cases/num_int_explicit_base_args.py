# int(x, base): str takes any Unicode decimal digit in every base; bytes and bytearray take
# ASCII only and show their bytes repr in the error; other types are refused.
print(int("١٢", 5), int("١٢٣", 10), int(" ٧ ", 8), int("۱۰", 2))
for a in ("١٢".encode(), bytearray(b"1x"), memoryview(b"zz"), b"", "1 2", bytearray(), 12, 1.5, "٩", b"12"):
    for base in (10, 8):
        try:
            print(repr(a), base, int(a, base))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
