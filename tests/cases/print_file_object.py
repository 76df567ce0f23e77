# print writes to any object with a write method.
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")

c = Collector()
print("hello", "world", file=c)
print(1, 2, sep="+", end="=3", file=c)
print("x", file=c, flush=True)
print(c.parts)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError:", e)
