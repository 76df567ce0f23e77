# TextIOWrapper writing: encodings, errors= handlers for characters an encoding lacks,
# newline translation on write, line_buffering and write_through.
import io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for encoding in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        raw = io.BytesIO()
        wrapper = io.TextIOWrapper(raw, encoding=encoding, errors=errors)

        def write():
            count = wrapper.write("añb€c😀d")
            wrapper.flush()
            return count, raw.getvalue()

        attempt(encoding + " " + errors, write)
    raw = io.BytesIO()
    wrapper = io.TextIOWrapper(raw, encoding=encoding)
    attempt(encoding + " run", lambda: wrapper.write("ok ééé€ ok"))

try:
    io.TextIOWrapper(io.BytesIO(), encoding="ascii").write("xyz\u00e9")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)

for newline in [None, "", "\n", "\r", "\r\n"]:
    raw = io.BytesIO()
    wrapper = io.TextIOWrapper(raw, newline=newline)
    wrapper.write("one\ntwo\r\nthree\r")
    wrapper.flush()
    print(repr(newline), raw.getvalue())

raw = io.BytesIO()
wrapper = io.TextIOWrapper(raw, line_buffering=True)
wrapper.write("no newline yet")
print(raw.getvalue(), wrapper.line_buffering, wrapper.write_through)
wrapper.write(" now\n")
print(raw.getvalue())

raw = io.BytesIO()
wrapper = io.TextIOWrapper(raw, write_through=True)
wrapper.write("through")
print(raw.getvalue(), wrapper.write_through)

raw = io.BytesIO()
wrapper = io.TextIOWrapper(raw)
wrapper.writelines(["a", "b\n", "c"])
print(raw.getvalue())
wrapper.flush()
print(raw.getvalue(), wrapper.encoding, wrapper.errors)
wrapper.reconfigure(encoding="latin-1", errors="replace")
wrapper.write("é€")
wrapper.flush()
print(raw.getvalue(), wrapper.encoding, wrapper.errors)
attempt("write bytes", lambda: wrapper.write(b"x"))
attempt("reconfigure positional", lambda: wrapper.reconfigure("utf-8"))
print(type(wrapper.detach()).__name__)
attempt("after detach", lambda: wrapper.write("x"))
