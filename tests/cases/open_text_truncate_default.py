# truncate() without a size cuts where the byte stream is (past the text read ahead), not
# at the text position, as CPython passes None down to the buffer.
with open("open_text_truncate_default_tmp.txt", "w") as f:
    f.write("abcdef\nghi\n")
f = open("open_text_truncate_default_tmp.txt", "r+"); next(f)
print(f.truncate(), f.truncate(3))
f.close()
print(repr(open("open_text_truncate_default_tmp.txt").read()))
with open("open_text_truncate_default_tmp.txt", "w+") as f:
    f.write("hello world")
    print(f.truncate(), f.tell())
    f.seek(5)
    print(f.truncate(), f.tell(), f.read())
    f.seek(0); print(f.readline(), f.truncate())
print(repr(open("open_text_truncate_default_tmp.txt").read()))
with open("open_text_truncate_default_tmp.txt", "a") as f:
    f.write("XYZ"); print(f.truncate())
print(repr(open("open_text_truncate_default_tmp.txt").read()))
import os; os.remove("open_text_truncate_default_tmp.txt")
