# TextIOWrapper positions: tell after reads (multi-byte characters, translated newlines),
# seek(0, 2), the text-mode seek restrictions, truncate, and reading after writing.
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


raw = io.BytesIO("héllo wörld\r\nsecond line\r\nthird".encode("utf-8"))
w = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(w.read(3)), w.tell())
print(repr(w.readline()), w.tell())
print(repr(w.readline(4)), w.tell())
attempt("seek back", lambda: w.seek(3))
print(repr(w.read(4)), w.tell())
attempt("seek cur 0", lambda: w.seek(0, 1))
attempt("seek end 0", lambda: w.seek(0, 2))
print(repr(w.read()), w.tell())
attempt("seek cur 3", lambda: w.seek(3, 1))
attempt("seek end -1", lambda: w.seek(-1, 2))
attempt("seek negative", lambda: w.seek(-4))
attempt("seek whence 9", lambda: w.seek(0, 9))
print(w.seek(0), repr(w.read()), w.newlines)
print(w.seekable(), w.readable(), w.writable())

raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8")
print(w.write("ünïcode\n"), w.tell())
w.seek(0)
print(repr(w.readline()), w.tell())
print(w.write("more"), w.tell())
print(w.truncate(3), w.tell())
w.seek(0)
print(repr(w.read()))
w.flush()
print(raw.getvalue())
w.close()
print(w.closed, raw.closed)
attempt("closed tell", w.tell)
attempt("closed read", w.read)
attempt("closed write", lambda: w.write("x"))
attempt("closed seek", lambda: w.seek(0))
attempt("closed readline", w.readline)
w.close()
