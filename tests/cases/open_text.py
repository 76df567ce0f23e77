# Text files: writing and reading back with the r, w, a, x and + modes, iteration,
# readlines/writelines, seek/tell/truncate, with-statements and the file attributes.
# Files live in a folder the case creates and removes.
import os

folder = "open_text_tmp"
os.mkdir(folder)
path = folder + "/notes.txt"

with open(path, "w") as f:
    print(repr(f), type(f).__name__)
    print(f.name, f.mode, f.encoding, f.errors, f.closed, f.line_buffering)
    print(f.write("first line\n"), f.write("second: ünïcode\n"))
    f.writelines(["third\n", "fourth"])
    print(f.tell(), f.writable(), f.readable(), f.seekable())
print(f.closed, repr(f))

with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print([line for line in f])
with open(path) as f:
    print(f.readline(), end="")
    print(repr(f.readline(7)), repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(path, "rt") as f:
    print(f.mode, f.readlines(15))

with open(path, "a") as f:
    print(f.tell())
    f.write("\nappended")
with open(path, "a+") as f:
    f.write("\nagain")
    f.seek(0)
    print(f.read().splitlines())

with open(path, "r+") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
    print(f.truncate(19), f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(0, 2)
    print(f.tell())

with open(path, "w+") as f:
    f.write("replaced\ncontent\n")
    f.seek(0)
    print(f.readlines())

try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
fresh = folder + "/fresh.txt"
with open(fresh, "x") as f:
    print(f.mode, f.write("exclusive"))
print(open(fresh).read())

f = open(path, encoding="utf-8")
for line in f:
    print("line:", line.rstrip())
f.close()
print(f.closed)

# A file left unclosed is flushed when it is dropped.
def scribble():
    g = open(fresh, "w")
    g.write("written by a dropped file")


scribble()
print(open(fresh).read())
open(fresh, "w").write("one-liner")
print(open(fresh).read())

for name in ["notes.txt", "fresh.txt"]:
    os.remove(folder + "/" + name)
os.rmdir(folder)
print("cleaned up")
