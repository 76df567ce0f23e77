# memoryview.cast between formats and shapes, multi-byte item access, writing through casts
# of a bytearray, tolist of 2-D views, and the errors for bad casts.
raw = bytearray(range(16))
m = memoryview(raw)
as_h = m.cast("H")
as_i = m.cast("I")
as_q = m.cast("q")
print(as_h.format, as_h.itemsize, len(as_h), as_h.nbytes, as_h.tolist()[:4])
print(as_i.tolist(), [hex(v) for v in as_q.tolist()], as_i[1] == int.from_bytes(raw[4:8], "little"))
signed = memoryview(bytearray([0xff, 0x7f, 0x80, 0x00])).cast("b")
print(signed.tolist(), signed.format, memoryview(b"\xff\xff").cast("h").tolist(), memoryview(b"\x00\x00\x80\x3f").cast("f").tolist())
print(memoryview(bytes(8)).cast("d").tolist(), memoryview((1.5).hex().encode()).tobytes()[:3] if False else "")
grid = m.cast("B", (4, 4))
print(grid.shape, grid.strides, grid.ndim, grid.tolist()[2], grid[1, 2], grid.tobytes()[:5])
as_i[0] = 0x01020304
print(raw[:4].hex(), m[0], as_h[0])
as_h[7] = 0xFFFF
print(raw[-2:], as_h.tolist()[-1])
back = as_i.cast("B")
print(back.format, len(back), back[0] == raw[0], back.tolist() == list(raw))
for bad in (lambda: m.cast("H", (3,)), lambda: m[:3].cast("H"), lambda: as_h.cast("I"), lambda: m.cast("Z"),
            lambda: as_i.__setitem__(0, -1), lambda: as_i.__setitem__(0, 2 ** 32), lambda: as_h.__setitem__(0, 1.5),
            lambda: grid[4, 0], lambda: grid[0], lambda: memoryview(b"ro").cast("B").__setitem__(0, 1)):
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(type(e).__name__, e)
with memoryview(bytearray(b"ctx")) as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
