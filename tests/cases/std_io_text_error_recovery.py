# What a text file does after a decoding error, as CPython's: the chunk that failed is
# gone (the next read goes on after it), so is the text a failed read(n) or readline had
# gathered; read(0) decodes nothing; read(n) asks the buffer for chunks sized by n and the
# bytes per character seen, in every codec.
import io
import os


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


data = b"a" * 8190 + b"\xc3" + b"\xff" + b"tail\nmore"
for enc in ["utf-8", "ascii", "utf-16-le", "utf-8-sig"]:
    f = io.TextIOWrapper(io.BytesIO(data), encoding=enc)
    attempt(enc + " read(9000)", lambda: len(f.read(9000)))
    attempt(enc + " again", lambda: f.read(9000))
    attempt(enc + " rest", lambda: f.read())
    f = io.TextIOWrapper(io.BytesIO(data), encoding=enc)
    attempt(enc + " readline", lambda: len(f.readline()))
    attempt(enc + " next line", lambda: f.readline())
    f = io.TextIOWrapper(io.BytesIO(data), encoding=enc)
    attempt(enc + " read(0)", lambda: f.read(0))
    attempt(enc + " read()", lambda: len(f.read()))
    attempt(enc + " read() again", lambda: f.read())

data += b"x" * 20000 + b"\nend"
f = io.TextIOWrapper(io.BytesIO(data), encoding="utf-16-le")
for n in [9000, 9000, 100, 100]:
    attempt("utf-16-le read(%d)" % n, lambda: (len(f.read(n)), f.buffer.tell()))

folder = "/tmp/tote_io_text_error_recovery_%d" % os.getpid()
os.mkdir(folder)
path = os.path.join(folder, "data.txt")
with open(path, "wb") as f:
    f.write(data)
for enc in ["utf-8", "utf-16-le", "utf-8-sig", "latin-1"]:
    with open(path, encoding=enc) as f:
        attempt(enc + " 1", lambda: len(f.read(9000)))
        attempt(enc + " 2", lambda: len(f.read(9000)))
        attempt(enc + " 3", lambda: len(f.read(100)))
        attempt(enc + " tell", f.tell)
        attempt(enc + " raw position", f.buffer.raw.tell)
os.remove(path)
os.rmdir(folder)
