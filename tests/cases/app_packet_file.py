# A binary record log: records are packed with int.to_bytes into a bytearray and written
# to binary streams, which take any bytes-like object (bytes, bytearray, memoryview, and
# subclasses of bytes).
import io
import os


class Record:
    def __init__(self, kind, seq, payload):
        self.kind, self.seq, self.payload = kind, seq, payload

    def pack(self):
        out = bytearray()
        out += self.kind.to_bytes(1, "big")
        out += self.seq.to_bytes(4, "little")
        out += len(self.payload).to_bytes(2, "big")
        out += self.payload
        return out

    @classmethod
    def unpack_all(cls, data):
        mv = memoryview(data)
        i = 0
        while i < len(mv):
            kind = mv[i]
            seq = int.from_bytes(mv[i + 1 : i + 5], "little")
            n = int.from_bytes(mv[i + 5 : i + 7], "big")
            yield cls(kind, seq, bytes(mv[i + 7 : i + 7 + n]))
            i += 7 + n

    def __repr__(self):
        return f"Record({self.kind}, {self.seq}, {self.payload!r})"


class Tag(bytes):
    pass


records = [Record(1, 70000, b"hello"), Record(2, 1, "é\n".encode()), Record(3, 2, b"")]
buf = io.BytesIO()
for r in records:
    print(type(r.pack()).__name__, buf.write(r.pack()))
print(buf.write(memoryview(b"\x09\x00\x00\x00\x00\x00\x01")), buf.write(Tag(b"T")))
print(buf.getvalue().hex(" "))
view = buf.getbuffer()
print(type(view).__name__, view.nbytes, len(view), view.readonly, view[:3].tobytes())
view.release()
print(list(Record.unpack_all(buf.getvalue())))
try:
    buf.write("text")
except TypeError as e:
    print("TypeError", e)

path = f"/tmp/tote_case_app_packet_file_{os.getpid()}.bin"
with open(path, "wb") as f:
    for r in records:
        f.write(r.pack())
    f.write(bytearray(b"\x04\x05\x00\x00\x00\x00\x02ok"))
    f.write(memoryview(b"\x05\x06\x00\x00\x00\x00\x01!"))
with open(path, "rb") as f:
    data = f.read()
print(len(data), os.path.getsize(path))
for r in Record.unpack_all(data):
    print(f"{r.kind:>2} {r.seq:>7,} {r.payload!r:<14} {len(r.payload)}")
os.remove(path)
