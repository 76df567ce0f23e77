# print() writes each argument and separator as it goes: when an argument's __str__ fails,
# the pieces before it have already been written (to stdout, a StringIO, or any writer).
import io


class Bad:
    def __str__(self):
        raise ValueError("no str for you")


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


try:
    print("first", 2, "third", Bad(), "never", sep="|", end="!\n")
except ValueError as e:
    print()
    print("caught:", e)
buffer = io.StringIO()
try:
    print("a", 1.5, Bad(), file=buffer)
except ValueError:
    pass
print(repr(buffer.getvalue()))
writer = Writer()
try:
    print("x", Bad(), "y", file=writer)
except ValueError:
    pass
print(writer.parts)
try:
    print(Bad())
except ValueError as e:
    print("nothing written before:", e)
