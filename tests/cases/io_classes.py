# The io class hierarchy, isinstance checks, UnsupportedOperation, constants, and the
# IOBase behaviour user subclasses inherit.
import io
import sys

print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
for cls in [io.TextIOWrapper, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
            io.FileIO, io.StringIO, io.BytesIO]:
    print(repr(cls), cls.__name__, cls.__module__, issubclass(cls, io.IOBase))
print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.StringIO, io.TextIOBase))
print(issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.BufferedReader, io.BufferedIOBase))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.StringIO, io.BufferedIOBase))
print(repr(io.UnsupportedOperation), issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError))
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase),
      isinstance(sys.stdout.buffer, io.BufferedWriter), isinstance(sys.stdin.buffer, io.BufferedReader))
print(isinstance(sys.stdout.buffer.raw, io.FileIO), isinstance(io.StringIO(), io.IOBase))

try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("caught as UnsupportedOperation:", e)
try:
    io.BytesIO().fileno()
except OSError as e:
    print("caught as OSError:", type(e).__name__, e)
try:
    io.StringIO().fileno()
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)


class Source(io.RawIOBase):
    """A raw stream that serves bytes from a list of chunks."""

    def __init__(self, chunks):
        self.chunks = list(chunks)

    def readable(self):
        return True

    def read(self, n=-1):
        if not self.chunks:
            return b""
        chunk = self.chunks.pop(0)
        if 0 <= n < len(chunk):
            self.chunks.insert(0, chunk[n:])
            chunk = chunk[:n]
        return chunk


src = Source([b"ab", b"c\nde", b"f\n", b"tail"])
print(src.readline(), src.readline(), src.readall(), src.closed, src.readable(), src.writable())
print(src.seekable(), src.isatty())
for call in [src.fileno, src.tell, lambda: src.seek(0), src.truncate]:
    try:
        call()
    except io.UnsupportedOperation as e:
        print("unsupported:", e)
    except TypeError as e:
        print("TypeError")
src.close()
print(src.closed)
try:
    src.readline()
except ValueError as e:
    print("closed:", e)
with Source([b"x"]) as s2:
    print(s2.closed)
print(s2.closed)



class Chunks(io.BufferedIOBase):
    """A binary stream handing out one chunk per read."""

    def __init__(self, chunks):
        self.chunks = list(chunks)

    def readable(self):
        return True

    def read(self, n=-1):
        return self.chunks.pop(0) if self.chunks else b""

    read1 = read


text = io.TextIOWrapper(Chunks([b"caf\xc3", b"\xa9\nbar\n", b"last"]), encoding="utf-8")
print(text.readlines())


class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ""


print(list(Lines(["a\n", "b\n"])), Lines(["x\n", "y\n", "z\n"]).readlines(2))
print(Lines([]).encoding, Lines([]).newlines, Lines([]).errors)
try:
    Lines([]).write("x")
except io.UnsupportedOperation as e:
    print("unsupported:", e)


class Sink(io.IOBase):
    def __init__(self):
        self.got = []

    def write(self, data):
        self.got.append(data)
        return len(data)


k = Sink()
k.writelines(["a", "b"])
print(k.got)
k.flush()
k.close()
try:
    k.writelines(["c"])
except ValueError as e:
    print("closed:", e)
try:
    k.flush()
except ValueError as e:
    print("closed:", e)
