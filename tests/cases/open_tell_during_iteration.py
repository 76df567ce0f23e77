# Iterating a text file with next() turns tell() off ("telling position disabled by next()
# call") until the iteration reaches the end or the file seeks; binary files and StringIO
# keep telling.
import io
import os

path = "open_tell_during_iteration_tmp.txt"
with open(path, "w") as f:
    f.write("a\nb\nc\n")
f = open(path)
next(f)
for op in ["f.seek(0)", "f.tell()", "f.readline()", "f.tell()", "next(f)", "f.read()",
           "f.tell()", "list(f)", "f.tell()", "f.seek(0, 0)", "next(f)", "f.seek(0, 1)",
           "f.seek(0, 2)", "f.tell()"]:
    try:
        print(op, repr(eval(op)))
    except OSError as e:
        print(op, type(e).__name__, e)
f.close()
with open(path, "rb") as f:
    next(f)
    print("binary", f.tell())
s = io.StringIO("a\nb\n")
next(s)
print("stringio", s.tell())
w = io.TextIOWrapper(io.BytesIO(b"a\nb\n"))
next(w)
try:
    print(w.tell())
except OSError as e:
    print("wrapper", e)
with open(path) as f:
    positions = []
    for line in f:
        try:
            positions.append(f.tell())
        except OSError:
            positions.append(None)
    print(positions, f.tell())
os.remove(path)
