# A generator that ignores GeneratorExit: close() raises RuntimeError, and the generator
# is finalised once, when the last reference (here: the traceback's frame) goes away.
import sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass
    def report(self):
        text = "".join(self.parts)
        self.parts.clear()
        lines = []
        for line in text.splitlines():
            if line.startswith("Exception ignored in:"):
                lines.append(line.split(" at 0x")[0] + ">")
            elif line.startswith("  File"):
                lines.append(line.split(", ", 1)[1])
            elif not line.startswith(" "):
                lines.append(line)
        return lines

def stubborn(tag):
    while True:
        try:
            yield tag
        except GeneratorExit:
            print("refuse", tag)

def holder():
    s = stubborn("a")
    next(s)
    s.close()

capture = Capture()
sys.stderr = capture
try:
    holder()
except RuntimeError as e:
    print("caught", e)
    print("still alive while handled:", capture.report())
print("after handler:", capture.report())

# dropped while suspended: finalised right away, once
s = stubborn("b")
next(s)
del s
print("after del:", capture.report())

# a generator that gives in to GeneratorExit is finalised quietly
def polite():
    try:
        yield 1
    finally:
        print("polite finally")
p = polite()
next(p)
p = None
print("after rebinding:", capture.report())

# finalised inside a function when its frame ends normally
def scope():
    t = stubborn("c")
    next(t)
    print("leaving scope")
scope()
print("after scope:", capture.report())

# an exception kept alive keeps the frame's locals
def keep():
    u = stubborn("d")
    next(u)
    raise ValueError("kept")
try:
    keep()
except ValueError as err:
    saved = err
print("saved:", capture.report())
del saved
print("released:", capture.report())
sys.stderr = sys.__stderr__
print("end")
