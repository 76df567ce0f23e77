# memoryview: casts to other formats and shapes, writes through a cast, strided views,
# deleting items (never allowed), and what a released view still answers.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


buf = bytearray(b"\x01\x02\x03\x04\x05\x06\x07\x08")
w = memoryview(buf)
i = w.cast("I")
print(i.format, i.itemsize, i.nbytes, i.shape, i.strides, len(i), i.tolist())
h = w.cast("H")
h[1] = 65535
print(buf, h.tolist(), h[-1])
show(lambda: h.__setitem__(0, 70000))
show(lambda: h.__setitem__(0, 1.5))
grid = w.cast("B", (2, 4))
print(grid.shape, grid.strides, grid.ndim, grid.tolist(), grid[1, 2])
show(lambda: grid[0])
show(lambda: grid[1, 9])
show(lambda: len(grid))
show(lambda: w.cast("I", (3,)))
show(lambda: w.cast("x"))
show(lambda: w.cast("I").cast("H"))
show(lambda: memoryview(b"abc").cast("H"))
show(lambda: w.cast("b").tolist())
show(lambda: w.cast("c").tolist()[:3])
print(w.cast("I") == w.cast("I"), w.cast("H") == w, memoryview(b"\x01\x00").cast("H") == memoryview(b"\x01\x00"))
s = memoryview(bytearray(b"0123456789"))[2:8:2]
print(s.tobytes(), s.strides, s.contiguous, s.c_contiguous, len(s), s.nbytes)
show(lambda: s.cast("B"))
s[0] = 65
print(s.obj)
show(lambda: s.__setitem__(slice(None), b"xyz"))
show(lambda: s.__setitem__(slice(None), b"xy"))


def delete_item(view, key):
    del view[key]


show(lambda: delete_item(s, 0))
show(lambda: delete_item(s, slice(0, 1)))
show(lambda: delete_item(memoryview(b"ro"), 0))
show(lambda: memoryview(b"ab").__setitem__(0, 1))
ints = memoryview(bytearray(4)).cast("i")
ints[0] = -2
print(ints[0], ints.tolist(), bytes(ints.obj))
r = memoryview(b"xyz")
r.release()
r.release()
for name in ["len", "tobytes", "item", "format", "nbytes", "tolist", "cast", "obj", "hex", "bytes", "iter", "enter", "del"]:
    op = {
        "len": lambda: len(r), "tobytes": lambda: r.tobytes(), "item": lambda: r[0],
        "format": lambda: r.format, "nbytes": lambda: r.nbytes, "tolist": lambda: r.tolist(),
        "cast": lambda: r.cast("B"), "obj": lambda: r.obj, "hex": lambda: r.hex(),
        "bytes": lambda: bytes(r), "iter": lambda: list(r), "enter": lambda: r.__enter__(),
        "del": lambda: delete_item(r, 0),
    }[name]
    print(name, end=": ")
    show(op)
print(r == r, r == b"xyz", r != memoryview(b"xyz"))
with memoryview(bytearray(b"ctx")) as cm:
    print(cm.tobytes(), cm.readonly)
show(lambda: cm.tobytes())
