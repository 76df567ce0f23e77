# f.newlines lists the line endings the decoder met; tell() from the first chunk decodes
# it again from the start, which forgets the endings past the position, and seek(0)
# forgets them all.
import os

path = "open_newlines_tell_tmp.txt"
with open(path, "w", newline="") as f:
    f.write("one\ntwo\nthree\r\nfour\rfive")
with open(path) as f:
    print(repr(f.newlines))
    print(repr(f.readline()), f.newlines)
    print(f.tell(), repr(f.newlines))
    print(repr(f.readline()), repr(f.newlines))
    print(f.readlines(), repr(f.newlines))
    print(f.tell(), f.newlines)
    f.seek(0)
    print(repr(f.newlines))
    print(repr(f.read(13)), f.newlines, f.tell(), f.newlines)
    f.seek(0, 2)
    print(repr(f.newlines))
with open(path, newline="") as f:
    print(f.readlines(), f.newlines)
    print(f.tell(), f.newlines)
with open(path, newline="\n") as f:
    print(f.readlines(), f.newlines)
os.remove(path)
