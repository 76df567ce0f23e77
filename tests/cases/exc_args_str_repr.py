# Exception args, str() and repr().
cases = [
    ValueError(),
    ValueError("msg"),
    ValueError("a", 2),
    ValueError(42),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError("list index out of range"),
    Exception(None),
    Exception(("t",)),
    OSError(2, "No such file"),
]
for e in cases:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("changed",)
print(e)
try:
    {}[(1, 2)]
except KeyError as k:
    print(str(k), repr(k))
try:
    {}[""]
except KeyError as k:
    print(str(k), k.args)
print(StopIteration(5).value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit("bye").code)
err = OSError(2, "No such file or directory")
print(err.errno, err.strerror)
print(isinstance(ValueError("x").args, tuple))
