# strip family and case methods.
s = "  \tHello, World!\n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("w."))
print("MiXeD".upper(), "MiXeD".lower(), "MiXeD".swapcase())
print("hello world".title(), "hello world".capitalize(), "HELLO".capitalize())
print("ß".upper(), "İ".lower() == "i̇", "ǅ".lower())
print("hello".center(11, "*"), "hi".ljust(5, "."), "hi".rjust(5), "42".zfill(5), "-42".zfill(6))
print("a\tb".expandtabs(4), "ab".removeprefix("a"), "ab".removesuffix("b"), "ab".removeprefix("z"))
print("Straße".casefold())
