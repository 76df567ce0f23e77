# Every builtin function and class (bar those that read input, print or depend on
# addresses) called with a pool of argument shapes: results or CPython's messages.
import builtins
skip = {"input", "open", "print", "exit", "quit", "help", "breakpoint", "copyright", "credits",
        "license", "id", "hash", "globals", "locals", "vars", "dir", "exec", "eval", "compile",
        "__import__", "__build_class__", "memoryview", "super", "object", "type", "aiter", "anext",
        "iter", "reversed", "enumerate", "zip", "map", "filter"}
names = sorted(n for n in dir(builtins) if not n.startswith("_") and callable(getattr(builtins, n))
               and not (isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
               and n not in skip)
pool = [(), (None,), (1,), (-3,), (2.5,), ("ab",), ("12",), (b"xy",), ([1, 2],), ((3, 1),),
        ({"k": 1},), ({2, 1},), (1, 2), (1, 2, 3), ("a", 1), (1, "a"), ([3, 1], 1), (1.5, 2),
        (10, 3, 7), ("ff", 16), (True,), (1j,), (range(3),), (1, None), (None, None)]
def show(r):
    t = type(r).__name__
    if t in ("int", "float", "str", "bytes", "bool", "NoneType", "complex", "list", "tuple", "dict", "bytearray"):
        return repr(r)
    if t in ("set", "frozenset"):
        return t + repr(sorted(r, key=repr))
    return "<" + t + ">"
for n in names:
    f = getattr(builtins, n)
    for args in pool:
        try:
            r = f(*args)
            out = show(r)
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        print(n, repr(args)[:40], "->", out[:200])
