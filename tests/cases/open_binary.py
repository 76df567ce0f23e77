# Binary files: BufferedReader/Writer/Random and the unbuffered FileIO (buffering=0),
# their modes, names and reprs, read/read1/peek/readline, seek whence, truncate.
import io
import os

folder = "open_binary_tmp"
os.mkdir(folder)
path = folder + "/data.bin"

with open(path, "wb") as f:
    print(repr(f), type(f).__name__, f.mode, f.name, repr(f.raw))
    print(f.write(b"\x00\x01binary\nline two\n"), f.write(bytes(range(250, 256))))
    print(f.tell(), f.readable(), f.writable(), f.seekable())
    print(isinstance(f.fileno(), int), f.isatty())

with open(path, "rb") as f:
    print(repr(f), type(f).__name__, f.mode)
    print(f.read(2), f.read1(3), f.peek()[:4], f.tell())
    print(f.readline(), f.readline(4), f.readline())
    print(f.read(), f.read(), f.tell())
    print(f.seek(0), f.read(3), f.seek(-2, 2), f.read(), f.seek(-4, 1), f.read(2))
    f.seek(0)
    print(list(f))
    f.seek(0)
    print(f.readlines(10))

with open(path, "r+b") as f:
    print(type(f).__name__, f.mode)
    f.seek(2)
    print(f.write(b"BINARY"))
    f.seek(0)
    print(f.read(10))
    print(f.truncate(8), f.tell())
    f.seek(0)
    print(f.read())

with open(path, "ab") as f:
    print(f.mode, f.tell(), f.write(b"+tail"))
with open(path, "a+b") as f:
    print(f.mode, f.tell())
    f.seek(0)
    print(f.read())
with open(path, "w+b") as f:
    print(f.mode, type(f).__name__)
    f.write(b"abc")
    f.seek(0)
    print(f.read())

with open(path, "rb", buffering=0) as f:
    print(repr(f), type(f).__name__, f.closefd)
    print(f.read(2), f.readall(), f.read(5), f.seek(1), f.readline(), f.tell())
with open(path, "wb", buffering=0) as f:
    print(f.mode, f.write(b"raw write\nmore"), f.tell())
with open(path, "rb", buffering=0) as f:
    print(f.readlines(), f.seekable(), f.readable(), f.writable())
print(repr(f))

with open(path, "rb", buffering=16) as f:
    print(f.read(3), f.read(20), f.read())

raw = io.FileIO(path)
print(repr(raw), raw.read(3))
raw.close()
buffered = io.BufferedReader(io.FileIO(path), 4)
print(type(buffered).__name__, buffered.read(5), buffered.raw.mode)
buffered.close()
print(buffered.closed, buffered.raw.closed)

with open(path, "rb") as f:
    text = io.TextIOWrapper(f, encoding="ascii")
    print(text.readline(), end="")
    print(repr(text.read()))

os.remove(path)
os.rmdir(folder)
print("cleaned up")
