# codecs stream wrappers: StreamReader/StreamWriter/StreamReaderWriter over BytesIO,
# getreader/getwriter, codecs.open on a file in a directory made and removed here, and
# iterencode/iterdecode.
import codecs
import io
import os


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


print(codecs.getreader("utf-8"), codecs.getwriter("latin-1"), codecs.lookup("utf-8").streamreader)
print(codecs.getreader("unicode_escape"), codecs.lookup("utf-16").streamwriter)
print(codecs.lookup("utf-8") is codecs.lookup("utf-8"), codecs.lookup("utf-8") is codecs.lookup("UTF8"))
print(issubclass(codecs.getreader("ascii"), codecs.StreamReader),
      issubclass(codecs.getwriter("ascii"), codecs.StreamWriter))

stream = io.BytesIO("héllo\nwörld\r\nthird\rlast€".encode("utf-8"))
reader = codecs.getreader("utf-8")(stream)
print(repr(reader.read(3)), repr(reader.readline()), repr(reader.readline(keepends=False)),
      repr(reader.readline()), repr(reader.read()), repr(reader.read()))
stream.seek(0)
print(list(codecs.getreader("utf-8")(stream)))
reader.seek(0)
print(reader.readlines(), reader.errors)
reader.seek(0)
print(reader.read(1), reader.read(2), stream.tell())

# Long lines, "\r\n" across chunks, every line break splitlines knows, readline(size).
data = ("a" * 71 + "\r\n" + "b" * 200 + "\n\nc\rd\x0be\u2028f" + "é" * 100 + "\r").encode("utf-8")
for size in (None, 5, 72):
    stream = io.BytesIO(data)
    reader = codecs.getreader("utf-8")(stream)
    lines = []
    while True:
        line = reader.readline(size)
        if not line:
            break
        lines.append((len(line), ascii(line[-2:]), stream.tell()))
    print(size, lines)
stream = io.BytesIO(data)
reader = codecs.getreader("utf-8")(stream)
print([len(reader.readline(keepends=False)) for _ in range(9)])
reader.seek(0)
print(len(reader.read(10)), stream.tell(), len(reader.read(100)), stream.tell(),
      len(reader.read(chars=5)), len(reader.read(3, 1)), stream.tell())

# Decoding errors and a character cut by the end of the stream.
attempt(codecs.getreader("utf-8")(io.BytesIO(b"\xe2\x82")).read)
attempt(codecs.getreader("utf-8")(io.BytesIO(b"a\xffb\nc")).read)
attempt(codecs.getreader("utf-8")(io.BytesIO(b"a\xffb\nc"), "replace").read)
reader = codecs.getreader("utf-8")(io.BytesIO(b"x\ny\n\xff"))
attempt(reader.readline)
reader = codecs.getreader("utf-8")(io.BytesIO(b"x\ny\n" + b"z" * 80 + b"\xff"))
attempt(reader.readline)
attempt(reader.readline)
attempt(reader.readline)
attempt(codecs.getreader("utf-16")(io.BytesIO(codecs.BOM_UTF16_BE + "héllo\nx".encode("utf-16-be"))).read)
attempt(codecs.getreader("utf-16")(io.BytesIO(b"a\x00b\x00")).read)
attempt(codecs.getreader("utf-32")(io.BytesIO("é".encode("utf-32"))).read)
reader = codecs.getreader("utf-16")(io.BytesIO("x\ny".encode("utf-16")))
print(repr(reader.readline()), repr(reader.readline()))
reader.seek(0)
print(repr(reader.read()))
reader = codecs.getreader("unicode_escape")(io.BytesIO(b"a\\x41\\u20ac\\n"))
attempt(reader.read, 4)
attempt(reader.read)
attempt(codecs.getreader("unicode_escape")(io.BytesIO(b"a\\x4")).read)

# Writers.
out = io.BytesIO()
writer = codecs.getwriter("utf-16")(out)
writer.write("ab")
writer.write("c")
writer.writelines(["d", "e"])
print(out.getvalue())
writer.reset()
writer.write("z")
print(out.getvalue())
out = io.BytesIO()
writer = codecs.getwriter("ascii")(out, "backslashreplace")
writer.write("é€")
print(out.getvalue(), writer.errors, writer.getvalue())
writer = codecs.getwriter("ascii")(io.BytesIO())
attempt(writer.write, "é")
attempt(writer.write, b"x")
with codecs.getwriter("utf-8")(io.BytesIO()) as writer:
    writer.write("x")
print(writer.closed)
attempt(lambda: codecs.StreamWriter(io.BytesIO()).write("x"))
attempt(lambda: codecs.StreamReader(io.BytesIO(b"x")).read())
attempt(codecs.getreader, "nope")

both = codecs.StreamReaderWriter(io.BytesIO(b"abc\ndef"), codecs.getreader("latin-1"),
                                 codecs.getwriter("latin-1"))
print(repr(both.readline()), repr(both.read()), both.encoding)
both.write("é")
print(both.getvalue())

# codecs.open: binary underneath, an encoding attribute, appending, unknown encodings.
folder = "codecs_streams_%d" % os.getpid()
os.mkdir(folder)
path = os.path.join(folder, "f.txt")
with codecs.open(path, "w", "utf-16") as f:
    print(type(f).__name__, f.encoding, f.mode)
    f.write("héllo\n")
    f.write("wörld\n")
with open(path, "rb") as f:
    print(f.read())
with codecs.open(path, "r", "utf-16") as f:
    print(f.readlines())
with codecs.open(path, "r", encoding="utf-16") as f:
    for line in f:
        print(repr(line))
f = codecs.open(path, "rb")
print(type(f).__name__, f.read()[:4])
f.close()
f = codecs.open(path, "a", "utf-16")
f.write("x")
f.close()
with codecs.open(path, encoding="utf-16") as f:
    attempt(f.read)
attempt(codecs.open, path, "r", "bogus")
with codecs.open(path, "w", "unicode_escape") as f:
    f.write("é\n€")
with open(path, "rb") as f:
    print(f.read())
with codecs.open(path, "r", "unicode_escape") as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(folder)
print(os.path.exists(folder))

print(list(codecs.iterencode(["a", "é", ""], "utf-8")),
      list(codecs.iterdecode([b"\xc3", b"\xa9", b""], "utf-8")))
print(list(codecs.iterencode(["a", "\xe9"], "utf-16")),
      list(codecs.iterdecode([b"\xff", b"\xfeA", b"\x00"], "utf-16")))
print(list(codecs.iterdecode([b"a\\", b"x41", b"\\n"], "unicode_escape")))
print(list(codecs.iterdecode([b"\xe2", b"\x82", b"\xac", b"\xe2"], "utf-8", "replace")))
attempt(lambda: list(codecs.iterdecode([b"\xc3"], "utf-8")))
attempt(lambda: list(codecs.iterdecode([b"a\\", b"x41", b"\\"], "unicode_escape")))
attempt(lambda: list(codecs.iterencode(["a"], "nope")))
attempt(lambda: list(codecs.iterencode("ab", "hex")))

# The bytes-to-bytes codecs' streams, and the wrappers' delegation to their stream.
print(codecs.getreader("hex").charbuffertype, codecs.getreader("utf-8").charbuffertype)
attempt(codecs.getreader("hex")(io.BytesIO(b"616263")).read)
writer = codecs.getwriter("base64")(io.BytesIO())
writer.write(b"abc")
print(writer.getvalue())
print(codecs.lookup("utf-8") == codecs.lookup("u8"), codecs.getreader("u8") is codecs.getreader("utf-8"))
both = codecs.StreamReaderWriter(io.BytesIO(b"one\ntwo\r\nthree"), codecs.getreader("ascii"),
                                 codecs.getwriter("ascii"), "replace")
print(list(both), both.errors, both.reader.errors)
both.seek(0)
print(both.readlines(), both.tell())
reader = codecs.getreader("utf-8")(io.BytesIO(b"a\nb\r\nc"))
print(reader.readlines(keepends=False))
attempt(lambda: codecs.getreader("utf-8")(io.StringIO("x")).read())
attempt(lambda: codecs.StreamReaderWriter(io.BytesIO(), codecs.StreamReader, codecs.StreamWriter).write("x"))
