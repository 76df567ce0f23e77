# BytesIO.getbuffer() is a writable view of the stream's own bytes: writes through it
# reach the stream, and while a view is alive the stream cannot be written, truncated or
# closed; releasing (or dropping) every view lifts that.
import io


def attempt(label, f):
    try:
        print(label, "->", f())
    except (BufferError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


b = io.BytesIO(b"abcdef")
m = b.getbuffer()
print(type(m).__name__, m.readonly, m.format, m.itemsize, len(m), m.nbytes, bytes(m))
m[0] = ord("z")
m[2:4] = b"XY"
print(b.getvalue(), b.read(3), b.tell())
attempt("write", lambda: b.write(b"q"))
attempt("write past end", lambda: b.write(b"0123456789"))
attempt("truncate shorter", lambda: b.truncate(1))
attempt("truncate same", lambda: b.truncate(6))
attempt("writelines", lambda: b.writelines([b"a"]))
attempt("close", lambda: b.close())
attempt("seek", lambda: b.seek(0))
attempt("read", lambda: b.read())
attempt("getvalue", lambda: b.getvalue())
print(b.closed)

# Two views: both must go.
m2 = b.getbuffer()
m.release()
attempt("write with one view left", lambda: b.write(b"q"))
del m2
b.seek(0, 2)
print(b.write(b"gh"), b.getvalue())

# A view sees what the stream wrote before it was taken.
b.seek(0)
b.write(b"AB")
with b.getbuffer() as view:
    print(bytes(view), view[0], view[-1])
    attempt("write inside with", lambda: b.write(b"c"))
print(b.write(b"C"), b.getvalue())

# A slice of a view is a view too.
view = b.getbuffer()
part = view[1:3]
view.release()
attempt("write while slice alive", lambda: b.write(b"x"))
part[0] = ord("!")
part.release()
print(b.getvalue())
b.truncate(2)
print(b.getvalue(), b.tell())

# A closed stream has no buffer.
b.close()
attempt("getbuffer closed", lambda: b.getbuffer())
empty = io.BytesIO()
ev = empty.getbuffer()
print(len(ev), bytes(ev))
ev.release()
empty.write(b"ok")
print(empty.getvalue())
