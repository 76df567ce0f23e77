# readinto/readinto1 fill a caller's writable buffer (BytesIO, buffered files, FileIO,
# the BufferedIOBase generic over read()); RawIOBase.read goes through a subclass's
# readinto, so a raw stream defining only readinto works under BufferedReader; messages
# name the _io classes as CPython's C types do.
import io, os
def tryit(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
buf = bytearray(4)
b = io.BytesIO(b"abcdefg")
tryit("bytesio", lambda: (b.readinto(buf), buf, b.readinto(buf), buf, b.readinto(buf), b.readinto1(buf), buf))
with open("io_readinto_tmp.bin", "wb") as f:
    f.write(bytes(range(10)))
with open("io_readinto_tmp.bin", "rb") as f:
    m = memoryview(bytearray(6))
    tryit("buffered", lambda: (f.readinto(m), m.tobytes(), f.readinto1(m[:2]), m.tobytes(), f.readinto(m), f.readinto(m)))
with open("io_readinto_tmp.bin", "rb", buffering=0) as f:
    ba = bytearray(3)
    tryit("fileio", lambda: (f.readinto(ba), ba, f.read(2), f.readinto(ba), ba))
    tryit("fileio readinto1", lambda: f.readinto1(ba))
for target in [b"ab", "ab", memoryview(b"ab"), 5, memoryview(bytearray(4))[::2]]:
    tryit("bad target", lambda: io.BytesIO(b"x").readinto(target))
cl = io.BytesIO(b"x"); cl.close()
tryit("closed", lambda: cl.readinto(bytearray(1)))
tryit("cast view", lambda: (lambda v: (io.BytesIO(b"\x01\x00\x00\x00\x02\x00").readinto(v), v.tolist()))(memoryview(bytearray(8)).cast("i")))
class Src(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 3)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)
s = Src(b"hello world\nsecond line\n")
tryit("raw read", lambda: (s.read(5), s.read(), s.read(3)))
r = io.BufferedReader(Src(b"line one\nline two\n"))
tryit("buffered over raw", lambda: (r.readline(), r.read(4), r.read()))
tryit("text over raw", lambda: io.TextIOWrapper(io.BufferedReader(Src(b"a\nb\n"))).readlines())
class Plain(io.RawIOBase): pass
tryit("abstract readinto", lambda: Plain().readinto(bytearray(1)))
tryit("abstract read", lambda: Plain().read(1))
class Buf(io.BufferedIOBase):
    def read(self, n=-1): return b"xy"
tryit("buffered base readinto", lambda: (lambda a: (Buf().readinto(a), a))(bytearray(3)))
class TooMuch(io.BufferedIOBase):
    def read(self, n=-1): return b"xyz"
tryit("too much", lambda: TooMuch().readinto(bytearray(2)))
class NotBytes(io.BufferedIOBase):
    def read(self, n=-1): return "s"
tryit("not bytes", lambda: NotBytes().readinto(bytearray(2)))
tryit("no args", lambda: io.BytesIO().readinto())
with open("io_readinto_tmp.bin", "rb") as f, open("io_readinto_tmp.bin", "rb", buffering=0) as raw:
    for o in [io.BytesIO(), f, raw, io.BufferedIOBase()]:
        for m in ["readinto", "readinto1"]:
            tryit(type(o).__name__ + " no arg", lambda: getattr(o, m)())
            tryit(type(o).__name__ + " two args", lambda: getattr(o, m)(1, 2))
import sys
for o in [io.BytesIO(), io.StringIO(), sys.stdout]:
    tryit("attribute", lambda: o.foo)
tryit("len", lambda: len(io.BytesIO()))
os.remove("io_readinto_tmp.bin")
