class Sample:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        pass
s = Sample()
print(vars(s), sorted(k for k in vars(Sample) if not k.startswith("__")))
print([n for n in dir(s) if not n.startswith("__")])
print([n for n in dir(Sample) if not n.startswith("__")])
print("__init__" in dir(s), "inst" in dir(Sample))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
g = globals()
print(g["__name__"], "Sample" in g, type(g).__name__)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
top_level = 5
print(locals() is globals(), globals()["top_level"])
delattr(s, "inst")
print(vars(s))
try:
    delattr(s, "inst")
except AttributeError as e:
    print(type(e).__name__, e)
print(bin(10), bin(-10), oct(8), oct(-8), hex(255), hex(-255), bin(0), hex(2**70))
try:
    bin(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(ascii("héllo"), ascii("\n"), ascii([1, "ü"]), ascii("😀"), ascii(b"x"), repr("é"))
print(type(NotImplemented).__name__, repr(NotImplemented), bool(NotImplemented) if False else "skip")
print(Ellipsis, ..., Ellipsis is ..., type(...).__name__, repr(...))
print(callable(len), callable(5), callable(Sample), callable(s.method), callable(s))
print(id(s) == id(s), isinstance(s, Sample), issubclass(Sample, object), type(s) is Sample)
try:
    isinstance(s, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(s, Sample)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(5, (str, (int, float))), issubclass(bool, (str, int)))
print(len(dir([])) > 30, "append" in dir([]), "keys" in dir({}))
print(getattr(s, "method").__name__, getattr(Sample, "cls_attr"), hasattr(s, "nope"))
print(type(vars()).__name__, vars() is globals())
