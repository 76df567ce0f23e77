class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        if spec == "cents":
            return f"{self.v * 100}c"
        return f"${self.v:{spec}}"
    def __str__(self): return "Money-str"
    def __repr__(self): return "Money-repr"
m = Money(3)
print(format(m), format(m, "cents"), format(m, ">8"))
print(f"{m}", f"{m:cents}", f"{m!s}", f"{m!r}", f"{m!r:>12}", f"{m:.2f}")
print("{}|{:cents}|{!r}".format(m, m, m))
class Plain:
    def __str__(self): return "plain"
print(format(Plain()), f"{Plain()}")
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
class SubInt(int):
    def __format__(self, spec): return "SubInt!" + spec
print(f"{SubInt(3):x}", format(SubInt(3)), "%d" % SubInt(3))
print(format(object.__new__(Plain), ""), object.__format__(Plain(), ""))
try:
    object.__format__(Plain(), "d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(None), format(True), format(True, "d"), format(1.5), format("s"), format([1, 2]))
try:
    format([1], "x")
except TypeError as e:
    print(type(e).__name__, e)
