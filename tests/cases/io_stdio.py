# sys.stdin/stdout/stderr as TextIOWrapper objects: attributes, writes, the .buffer layer,
# print to other files, redirection, and input() at end of input (stdin is empty here).
import io
import sys

out = sys.stdout
print(type(out).__name__, repr(out), out.name, out.mode, out.encoding, out.errors)
print(repr(sys.stdin), sys.stdin.name, sys.stdin.mode, sys.stdin.errors)
print(repr(sys.stderr), sys.stderr.errors, sys.stderr.line_buffering)
print(out.fileno(), sys.stdin.fileno(), sys.stderr.fileno())
print(out.readable(), out.writable(), out.seekable(), out.closed)
print(sys.stdin.readable(), sys.stdin.writable())
print(repr(out.buffer), repr(out.buffer.raw), out.buffer.raw.closefd)
n = out.write("written directly\n")
print("write returned", n, out.write("é\n"))
out.writelines(["line one\n", "line two\n"])
out.flush()
out.buffer.write("raw bytes ü\n".encode())
out.buffer.flush()
print("after the buffer write", flush=True)
try:
    out.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    out.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)

print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
sys.stderr.flush()

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
print("a", 1, None, sep="|", end=".\n", file=c)
print(file=c, flush=True)
print(c.parts)

saved = sys.stdout
sys.stdout = Collector()
print("into the collector")
sys.stdout.write("and a write")
collected = sys.stdout.parts
sys.stdout = saved
print(collected)

sys.stdout = None
print("lost")
sys.stdout = saved
print("restored")
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError:", e)
out.reconfigure(line_buffering=True)
print(out.line_buffering)
out.reconfigure(line_buffering=False)
print("done")
