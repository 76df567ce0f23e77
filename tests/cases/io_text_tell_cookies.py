# tell() cookies as CPython packs them: the decoder's state (a \r held back for the \n
# that may follow, a big-endian byte order), the bytes to feed and the characters to skip
# from the last point where the decoder held nothing, and the end of the file; seek() to
# every such cookie reads on from the same place, in several codecs and newline modes.
import io
samples = {
    "utf-8": "ab\rcd\r\nef\n\rgh\r",
    "utf-16": "a😀\rb\r\nc\r",
    "utf-16-be": "x\r\ry\r\n",
    "utf-8-sig": "\r\rz\n",
    "latin-1": "é\r\rñ\n",
    "unicode_escape": "a\rb\r\nc",
}
for enc, text in samples.items():
    data = text.encode(enc) if enc != "utf-8-sig" else text.encode("utf-8-sig")
    for newline in [None, ""]:
        for step in [1, 2, 3]:
            f = io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline=newline)
            out = []
            while True:
                t = f.tell()
                s = f.read(step)
                if not s:
                    break
                g = io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline=newline)
                g.seek(t)
                out.append((t, s, g.read(step), g.tell()))
            print(enc, repr(newline), step, out)
        f = io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline=newline)
        marks = []
        while True:
            line = f.readline()
            if not line:
                break
            marks.append(f.tell())
        print(enc, repr(newline), "lines", marks)
        for m in marks:
            f.seek(m)
            print("   ", m, repr(f.read()))
# errors that expand: backslashreplace of bad bytes cut by read(n)
data = b"a\xff\xfeb\r\n\xffc"
for n in [1, 2, 3, 5]:
    f = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="backslashreplace")
    s = f.read(n)
    t = f.tell()
    rest = f.read()
    f.seek(t)
    print("bsr", n, repr(s), t, f.read() == rest)

f=io.TextIOWrapper(io.BytesIO(b'h\r'), encoding='utf-8')
print(repr(f.read(1)), f.tell()); print(repr(f.read(2)), f.tell())
f=io.TextIOWrapper(io.BytesIO(b'h\r'), encoding='utf-8')
print(repr(f.read(1)), f.tell()); print(repr(f.read(1)), f.tell()); print(repr(f.read(1)), f.tell())
f=io.TextIOWrapper(io.BytesIO(b'h\r'), encoding='utf-8')
print(repr(f.read(1)), f.tell()); print(repr(f.readline()), f.tell()); print(repr(f.readline()), f.tell())
