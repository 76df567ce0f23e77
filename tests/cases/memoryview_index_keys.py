# memoryview indexing and item assignment by every kind of key on 0-, 1- and 2-dimensional
# views (empty tuple, Ellipsis, ints, tuples, slices, wrong types), and casts to each
# native format with their item sizes and values.
def show(label, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("view", r.ndim, r.tolist())
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


keys = [(), ..., 0, slice(None), (0,), (1, 2), (slice(1),), "a", 1.5, (..., 1), (1, "a"), (slice(1), slice(2))]
zero = memoryview(bytes([9])).cast("B", ())
one = memoryview(bytes(range(16)))
two = one.cast("B", (4, 4))
for name, view in [("0-dim", zero), ("1-dim", one), ("2-dim", two)]:
    for k in keys:
        show("%s get %r:" % (name, k), lambda: view[k])
for name, view in [("0-dim", memoryview(bytearray(1)).cast("B", ())),
                   ("1-dim", memoryview(bytearray(4))),
                   ("2-dim", memoryview(bytearray(4)).cast("B", (2, 2)))]:
    for k in keys + [(9, 0), (-1, -1)]:
        def store():
            view[k] = 7
            return view.tolist()
        show("%s set %r:" % (name, k), store)
data = bytes(range(16))
for fmt in "bBhHiIlLqQnN?c":
    show(fmt, lambda: (memoryview(data).cast(fmt).itemsize, memoryview(data).cast(fmt).tolist()[:2]))
for fmt in ["@i", "=i", "<i", "x", "P", 1]:
    show(fmt, lambda: memoryview(data).cast(fmt).format)
for shape in [[1] * 65, (16, 0), (-16,), "ab", (2, 2, 4)]:
    show(shape, lambda: memoryview(data).cast("B", shape).shape)
show("i 2x2", lambda: memoryview(data).cast("i", (2, 2)).tolist())
show("strides", lambda: memoryview(data).cast("B", (2, 2, 4)).strides)
show("2d eq", lambda: two == memoryview(data).cast("B", (4, 4)))
show("2d len", lambda: len(two))
show("F order", lambda: two.tobytes("F")[:6])
show("F order 3d", lambda: memoryview(data).cast("B", (2, 2, 4)).tobytes(order="F"))
show("F order H", lambda: memoryview(data).cast("H", (2, 4)).tobytes("F"))
show("A order", lambda: two.tobytes("A")[:6])
