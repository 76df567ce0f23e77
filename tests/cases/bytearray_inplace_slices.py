# bytearray in-place operators, slice assignment and deletion with steps, item errors,
# mutation while a memoryview is exported, and the bytes/bytearray constructors and concatenation.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def ba_ops():
    a = bytearray(b"abc")
    a += b"de"; a += bytearray(b"f"); a += memoryview(b"g")
    print(a)
    a *= 2; print(a)
    a[::2] = b"XXXXXXX"; print(a)
    try: a[::2] = b"XX"
    except ValueError as e: print("VE", e)
    a[1:3] = b""; print(a)
    a[0:0] = b"123"; print(a)
    a[-1:] = [65, 66]; print(a)
    a[::-3] = bytes(len(a[::-3])); print(a)
    del a[::2]; print(a)
    del a[1:3]; print(a)
    a[0] = 255; print(a)
    try: a[0] = 256
    except ValueError as e: print("VE", e)
    try: a[0] = b"x"
    except TypeError as e: print("TE", e)
    try: a[100] = 1
    except IndexError as e: print("IE", e)
    a[1:2] = range(3); print(a)
    try: a[1:2] = [300]
    except ValueError as e: print("VE", e)
    try: a[1:2] = "str"
    except TypeError as e: print("TE", e)
    try: a[1:2] = 5
    except TypeError as e: print("TE", e)
    a[:] = a; print(a)
    a[2:2] = a; print(a)
    try: a += "x"
    except TypeError as e: print("TE", e)
    try: a *= "x"
    except TypeError as e: print("TE", e)
    b = bytearray(b"xyz"); b *= 0; print(b, len(b))
    b = bytearray(b"xyz"); b *= -1; print(b)
    c = bytearray(b"hello")
    c.extend([1, 2]); c.extend(b"zz"); c.extend(iter(b"q")); print(c)
    try: c.extend([1, "a"])
    except TypeError as e: print("TE", e)
    try: c.extend(5)
    except TypeError as e: print("TE", e)
    print(c.pop(), c.pop(0), c)
    try: bytearray().pop()
    except IndexError as e: print("IE", e)
    c.insert(-100, 33); c.insert(100, 34); print(c)
    c.remove(104) if 104 in c else None
    try: c.remove(200)
    except ValueError as e: print("VE", e)
    c.reverse(); print(c)
    c.append(0); print(c[-1])
    try: c.append(-1)
    except ValueError as e: print("VE", e)
    d = c.copy(); d.clear(); print(d, len(c) > 0)
    print(bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd", b"ab" < bytearray(b"abc"), bytearray(b"a") == "a")
    print(bytearray(3), bytearray([1,2]), bytearray("é", "utf-8"), bytearray(b"x") * 3, 2 * bytearray(b"y"))
    try: bytearray("x")
    except TypeError as e: print("TE", e)
    try: bytearray(-1)
    except ValueError as e: print("VE", e)
    try: hash(bytearray())
    except TypeError as e: print("TE", e)
    e = bytearray(b"abcdef"); m = memoryview(e)
    try: e.append(1)
    except BufferError as ex: print("BE", ex)
    try: e += b"x"
    except BufferError as ex: print("BE", ex)
    e[0] = 90; print(m[0]); m.release(); e.append(1); print(e)

    x = bytearray(b"  hi  "); print(x.strip(), x.lstrip(b" h"), x.rstrip())
    print(bytearray(b"ab").upper(), bytearray(b"ab").isalpha(), bytearray(b"aB").swapcase(), bytearray(b"a b").title())
    print(bytearray(b"a\nb\r\nc").splitlines(True), bytearray(b"-").join([b"a", bytearray(b"b"), memoryview(b"c")]))
    try: b"-".join([b"a", "b"])
    except TypeError as e: print("TE", e)
    print(b"abc".removeprefix(b"ab"), bytearray(b"abc").removesuffix(b"bc"), b"x".isascii(), b"\x80".isascii())
    print(bytes(bytearray(b"q")), bytes(memoryview(b"mm")), bytes([1]), bytes(2), bytes("ab", "ascii"))
    try: bytes("ab")
    except TypeError as e: print("TE", e)
    try: bytes(1, "ascii")
    except TypeError as e: print("TE", e)
    try: bytes([256])
    except ValueError as e: print("VE", e)
    try: bytes(["a"])
    except TypeError as e: print("TE", e)
    try: bytes(1.5)
    except TypeError as e: print("TE", e)
    print(bytes.fromhex("").__class__, b"ab"[::-1], b"abcdef"[1:5:2], b"ab"[5:], b"ab"[-1])
    try: b"ab"[2]
    except IndexError as e: print("IE", e)
    key = "x"
    try: b"ab"[key]
    except TypeError as e: print("TE", e)
    try: bytearray(b"ab")["x"]
    except TypeError as e: print("TE", e)
    print(b"ab" + bytearray(b"c"), bytearray(b"c") + b"ab", b"x" + memoryview(b"y"))
    try: b"ab" + "c"
    except TypeError as e: print("TE", e)
    try: "c" + b"ab"
    except TypeError as e: print("TE", e)
    print(b"ab" * 0, b"ab" * -3, b"a".__rmul__(3))
ba_ops()


class Sub(bytearray):
    pass


sub = Sub(b"q\xff")
print(sub.__reduce__(), bytearray(b"x").__reduce_ex__(3), bytearray().__reduce_ex__(), bytearray(b"ab").__alloc__())
sub.tag = 1
print(sub.__reduce_ex__(2), sub.__reduce_ex__(4))
try:
    bytearray().__reduce_ex__("a")
except TypeError as e:
    print("TE", e)
print(bytes(memoryview(bytearray(b"ab"))).__getnewargs__())
