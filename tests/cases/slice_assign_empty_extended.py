# Assigning an empty value to an extended slice: a bytearray deletes the selected bytes (a
# CPython quirk), a list refuses unless the slice selects nothing.
for kind in (bytearray, list):
    for step in (2, -1, -2, 3):
        for start in (None, 1, -2):
            base = kind(b"abcdef") if kind is bytearray else list("abcdef")
            try:
                base[start::step] = kind()
                print(kind.__name__, start, step, base)
            except ValueError as e:
                print(kind.__name__, start, step, "ValueError:", e)

b = bytearray(b"0123456789")
b[8:2:-3] = b""
print(b)
b[::5] = []
print(b)
b[100::2] = b""
print(b)
try:
    b[::2] = b"x"
except ValueError as e:
    print("ValueError:", e)
m = memoryview(b)
try:
    b[::2] = b""
except BufferError as e:
    print("BufferError:", e)
m.release()
b[::2] = b""
print(b)
