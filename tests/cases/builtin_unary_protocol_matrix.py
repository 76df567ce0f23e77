# The unary operators and one-argument builtins over builtin values and instances with
# broken protocol methods: results, or CPython's exception and message.
class C: pass
class L:
    def __len__(self): return -1
class B:
    def __bool__(self): return 2
class I:
    def __index__(self): return "x"
class R:
    def __repr__(self): return 5
class H:
    def __hash__(self): return "h"
class It:
    def __iter__(self): return 5
class N:
    def __next__(self): return 1
    def __iter__(self): return self
vals = [None, True, 3, -2.5, 1j, "ab", b"ab", bytearray(b"x"), [1], (1,), {1: 2}, {1}, range(2), C(), L(), B(), I(), R(), H(), It(), float("nan"), 2**100]
fns = ["-", "+", "~", "not", "abs", "len", "bool", "hash", "repr", "str", "int", "float", "complex", "iter", "reversed",
       "sorted", "min", "max", "sum", "round", "bin", "hex", "oct", "chr", "ord", "ascii", "list", "tuple", "set", "dict",
       "bytes", "divmod1", "pow2", "index"]
import operator
def call(name, v):
    if name == "-": return -v
    if name == "+": return +v
    if name == "~": return ~v
    if name == "not": return not v
    if name == "divmod1": return divmod(v, 1)
    if name == "pow2": return pow(v, 2)
    if name == "index": return operator.index(v)
    if name in ("iter", "reversed"):
        r = __builtins__.__dict__[name](v) if isinstance(__builtins__, type(operator)) else eval(name)(v)
        return type(r).__name__
    return eval(name)(v)
def show(r):
    s = repr(r)
    return "<obj>" if " at 0x" in s else s[:80]
for n in fns:
    for v in vals:
        try:
            out = show(call(n, v))
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        if n == "hash" and not out.startswith(("TypeError", "ValueError")):
            out = "<hash>"
        print(n, type(v).__name__, "->", out[:150])
