# memoryview items of every native format, n-dimensional views (indexing, slicing along
# the first dimension, tolist, contiguity), writes through casts, comparisons and hashing.
import sys

raw = bytearray(range(16))
m = memoryview(raw)
grid = m.cast("B", (4, 4))
cube = m.cast("B", (2, 2, 4))
print(grid[1, 2], grid[-1, -1], grid[1:3].tolist(), grid[1:3].shape, grid[::2].strides)
print(cube.tolist()[1][0], cube[1, 1, 3], cube.nbytes, cube.ndim, cube.strides, cube.suboffsets)
print(grid.c_contiguous, grid.f_contiguous, grid[::2].c_contiguous, m[::-1].contiguous, m.cast("B", (1, 16)).f_contiguous)
one = m[:1].cast("B", ())
print(one.ndim, one.shape, one.strides, len(one), one.tolist(), one[()], one[...].ndim)

for fmt in "bBhHiIlLqQnNPfd?c":
    view = m.cast(fmt)
    print(fmt, view.itemsize, len(view), view.format, view.tolist()[:2], list(view)[-1:] == view.tolist()[-1:])
print(memoryview(b"\xff" * 8).cast("Q")[0], memoryview(b"\xff" * 8).cast("q")[0], memoryview(b"\xff" * 8).cast("L").tolist())
print(memoryview(b"\x00\x00\xc0\x7f").cast("f").tolist(), m.cast("@H").format, m.cast("H")[::-1][0], m.cast("h")[1:3].tolist())

w = memoryview(bytearray(16))
for fmt, value in (("i", -2 ** 31), ("H", 65535), ("f", 1.5), ("d", 2), ("?", []), ("?", "x"), ("c", b"z"), ("Q", 2 ** 64 - 1), ("b", -128), ("f", True)):
    view = w.cast(fmt)
    view[1] = value
    print(fmt, view[1], bytes(w).hex())
for fmt, value in (("i", 2 ** 31), ("B", -1), ("N", -1), ("q", 2 ** 63), ("f", "x"), ("f", 10 ** 400), ("c", b"ab"), ("c", 1), ("h", 1.0), ("d", b"1")):
    try:
        w.cast(fmt)[0] = value
        print(fmt, "accepted")
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
h = w.cast("H")
h[0:2] = memoryview(bytes([1, 0, 2, 0])).cast("H")
h[2:4] = h[0:2]
print(h.tolist()[:4])
for key, value in ((slice(0, 2), b"abcd"), (slice(0, 1), memoryview(b"ab").cast("h"))):
    try:
        h[key] = value
        print("assigned", h.tolist()[:2])
    except ValueError as e:
        print(type(e).__name__, e)
g = w.cast("B", (4, 4))
g[3, 3] = 9
print(w[15], g[3, 3])
for action in (lambda: g.__setitem__(0, 1), lambda: g.__setitem__(slice(0, 1), b"abcd"), lambda: g[1:2, 0],
               lambda: g.__setitem__((slice(0, 1), slice(0, 1)), b"a"), lambda: g[1, 2, 3], lambda: g[0, 4],
               lambda: list(g), lambda: 5 in g, lambda: list(one), lambda: one[0], lambda: g.cast("B", (2, 8)),
               lambda: m[::2].cast("H"), lambda: m[:0].cast("H", (1,)), lambda: m.cast("B", [2, 8]).shape,
               lambda: m.cast("B", 5), lambda: m.cast("B", (0, 16)), lambda: m.cast("e"), lambda: m.cast("<H"),
               lambda: m.cast(b"H"), lambda: m.cast("H", (8,), 1), lambda: m.cast(format="H", shape=[2, 4]).tolist(),
               lambda: h[2 ** 70], lambda: h["x"], lambda: memoryview(b"ro").cast("H").__setitem__(0, 1)):
    try:
        print(action())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)

print(5 in m, 300 in m.cast("H"), 770 in m.cast("H"), b"\x03" in m.cast("c"))
print(m.cast("H") == m, m.cast("H") == m.cast("H"), memoryview(b"ab") == b"ab", grid == grid, grid == m)
print(memoryview(b"\x01\x00").cast("H") == memoryview(b"\x01\x00\x00\x00").cast("I")[:1], memoryview(b"a").cast("c") == memoryview(b"a"))
nan = memoryview(b"\x00\x00\xc0\x7f").cast("f")
print(nan == nan, nan != nan)
try:
    print(m.cast("H") < m.cast("H"))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(memoryview(b"ab").cast("c")) == hash(b"ab"), hash(memoryview(b"ab").cast("b")) == hash(b"ab"))
for v in (memoryview(b"abcd").cast("H"), m):
    try:
        hash(v)
    except ValueError as e:
        print(type(e).__name__, e)
print(bytes(m.cast("H"))[:4], m.cast("H").hex()[:8], m.cast("I").tobytes()[:5], bytearray(m.cast("B", (2, 8)))[:3])
