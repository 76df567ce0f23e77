# Every binary operator, comparison and 'in' across pairs of builtin values and an
# instance: results, or CPython's TypeError and message.
import operator as op
class C: pass
vals = [None, True, 3, 2.5, 1j, "ab", b"ab", bytearray(b"x"), [1], (1,), {1: 2}, {1}, range(2), C(),
        {}.keys(), {}.items(), memoryview(b"m"), int]
ops = [("+", op.add), ("-", op.sub), ("*", op.mul), ("/", op.truediv), ("//", op.floordiv), ("%", op.mod),
       ("**", op.pow), ("<<", op.lshift), (">>", op.rshift), ("&", op.and_), ("|", op.or_), ("^", op.xor),
       ("@", op.matmul), ("<", op.lt), ("<=", op.le), (">", op.gt), (">=", op.ge), ("in", lambda a, b: a in b)]
def show(v):
    s = repr(v)
    if " at 0x" in s:
        return "<" + type(v).__name__ + ">"
    return s[:60]
for name, f in ops:
    for a in vals:
        for b in vals:
            try:
                r = show(f(a, b))
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(show(a), name, show(b), "->", r[:140])
