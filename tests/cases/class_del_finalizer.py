# __del__ runs as soon as the last reference goes, at most once, and at exit.
import sys


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = A(0)
del a
print("after del")
b = A(1)
b = None
print("after rebind")


def f():
    x = A(2)
    print("in f", x.n)


f()
print("after return")
print([A(3)] and "temporary dropped")
print(A(40).n, "attribute of a temporary")
len([A(41)])
print("after native call")
if A(42):
    print("truth of a temporary")


def unwinding():
    a = A(43)
    raise KeyError("k")


try:
    unwinding()
except KeyError as e:
    print("caught", e)
d = {"k": A(4)}
d = None
print("after dict")


class Holder:
    pass


h = Holder()
h.a = A(5)
h.a = 1
print("after attribute store")
items = [A(6)]
items[0] = 2
print("after item store")
items = [A(7)]
del items[0]
print("after item delete")

keep = None


class Phoenix:
    calls = 0

    def __del__(self):
        global keep
        Phoenix.calls += 1
        print("phoenix del, calls:", Phoenix.calls)
        keep = self


p = Phoenix()
del p
print("resurrected:", type(keep).__name__)
keep = None
print("dropped again, calls:", Phoenix.calls)


class Broken:
    def __del__(self):
        raise ValueError("boom in __del__")


class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def flush(self):
        pass


saved, sys.stderr = sys.stderr, Capture()
x = Broken()
del x
report, sys.stderr = sys.stderr.text, saved
print("continued after error")
for line in report.splitlines():
    line = line.split(" at 0x")[0].strip()
    if line.startswith("File"):
        line = "File ... in " + line.rsplit(" in ", 1)[-1]
    print("stderr:", line)


class Base:
    def __del__(self):
        print("base del of", type(self).__name__)


class Child(Base):
    pass


c = Child()
c = None


class Later:
    pass


z = Later()
Later.__del__ = lambda self: print("__del__ added later")
del z
g1 = A("global 1")
g2 = A("global 2")
print("end of program")
