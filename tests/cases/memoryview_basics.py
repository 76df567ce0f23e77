# memoryview over bytes and bytearray: indexing, slicing (views of views), tobytes/tolist/
# hex, attributes, release and the context manager, equality, hashing, writing through a
# view of a bytearray, and the exports that stop a bytearray from resizing.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

m = memoryview(b"abcdef")
print(m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[1:][::2].tolist(), m[1:3][0])
print(m.tobytes(), m.tolist(), m.hex(), m.hex(":"), m[1:4].hex(), m.tobytes("A"), bytes(m[2:]), list(m))
print(m.readonly, m.nbytes, m.format, m.itemsize, m.obj, len(m), m.ndim, m.shape, m.strides, m.contiguous)
print(m[1:3].nbytes, m[1:3].obj, m[0:0].tobytes(), m[10:20].tobytes(), memoryview(m).tobytes(), m[True])
show("ellipsis", lambda: m[...])
print(type(m).__name__, type(m[1:2]).__name__, isinstance(m, memoryview), repr(m)[:12], str(m)[:8], bool(m), bool(memoryview(b"")))
print(m == b"abcdef", m == bytearray(b"abcdef"), m == memoryview(b"abcdef"), m != b"x", m == "abcdef", m == [97], m[::2] == b"ace")
print(97 in m, b"a" in m, 97.0 in m, hash(m) == hash(b"abcdef"), hash(m[::2]) == hash(b"ace"), m.toreadonly().readonly)
print(m.cast("B").tolist(), type(iter(m)).__name__, [x for x in m[:3]])
show("index 6", lambda: m[6])
show("index str", lambda: m["x"])
show("index float", lambda: m[1.5])
show("step 0", lambda: m[::0])
show("order", lambda: m < m)
show("plus", lambda: m + b"x")
def write_ro():
    m[0] = 1
show("write read-only", write_ro)
def write_ro_slice():
    m[0:1] = b"x"
show("write read-only slice", write_ro_slice)
show("memoryview str", lambda: memoryview("abc"))
show("memoryview int", lambda: memoryview(5))
show("memoryview none", lambda: memoryview())
print(memoryview(object=b"kw").tobytes())

ba = bytearray(b"abcdef")
v = memoryview(ba)
print(v.readonly, v.obj is ba, v[1:3].obj is ba, v.tolist()[:2])
v[0] = 65
v[1:3] = b"XY"
v[::2] = b"123"
print(ba, v.tobytes())
ba[5] = 33
print(v[5], v[-1:].tobytes())
w = v[1:5]
w[0] = 0x7a
print(ba, w.tobytes(), w[::-1].tobytes())
def run(stmt):
    try:
        exec(stmt, {"v": v, "ba": ba})
        print(stmt, "->", ba)
    except Exception as e:
        print(stmt, "!!", type(e).__name__ + ":", e)
for stmt in ["v[0] = 256", "v[0] = b'a'", "v[0] = 'a'", "v[1:3] = b'XYZ'", "v[1:3] = [1, 2]", "del v[0]", "v[9] = 1",
             "ba.append(1)", "ba.extend(b'a')", "ba[0:1] = b'zz'", "ba += b'x'", "ba.pop()", "ba.clear()", "ba *= 2",
             "del ba[0]", "ba[0:2] = b'mn'", "ba[0] = 66", "ba.reverse()", "ba.insert(0, 1)", "ba.remove(66)"]:
    run(stmt)
show("hash writable", lambda: hash(v))
show("hash read-only over bytearray", lambda: hash(v.toreadonly()))
v.release()
w.release()
ba.append(46)
print(ba)
print(repr(v)[:17], v == v, v == b"x")
show("released index", lambda: v[0])
show("released len", lambda: len(v))
show("released tobytes", lambda: v.tobytes())
show("released readonly", lambda: v.readonly)
show("released obj", lambda: v.obj)
show("released iter", lambda: list(v))
v.release()
print("double release ok")

with memoryview(bytearray(b"ctx")) as c:
    print(c.tobytes(), c.readonly)
show("after with", lambda: c.tobytes())
x = bytearray(b"drop")
t = memoryview(x)
del t
x.append(33)
print(x)
with memoryview(x) as inner:
    try:
        x.append(1)
    except BufferError as e:
        print("BufferError:", e)
x.append(63)
print(x)
