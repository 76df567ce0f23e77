# Every binary operator, its reflected form and its in-place form on a user class that logs calls.
OPS = [
    ("+", "add"), ("-", "sub"), ("*", "mul"), ("@", "matmul"), ("/", "truediv"),
    ("//", "floordiv"), ("%", "mod"), ("**", "pow"), ("<<", "lshift"), (">>", "rshift"),
    ("&", "and"), ("^", "xor"), ("|", "or"),
]

class Rec:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

def make(kind):
    def forward(self, other):
        return "%s(%r, %r)" % (kind, self, other)
    def reflected(self, other):
        return "r%s(%r, %r)" % (kind, self, other)
    def inplace(self, other):
        return "i%s(%r, %r)" % (kind, self, other)
    return forward, reflected, inplace

for sym, kind in OPS:
    f, r, i = make(kind)
    setattr(Rec, "__%s__" % kind, f)
    setattr(Rec, "__r%s__" % kind, r)
    setattr(Rec, "__i%s__" % kind, i)

a = Rec("a")
for sym, kind in OPS:
    fwd = eval("a %s 1" % sym)
    rev = eval("1 %s a" % sym)
    ns = {"x": Rec("x")}
    exec("x %s= 2" % sym, ns)
    print("%-3s %-22s %-24s %s" % (sym, fwd, rev, ns["x"]))

# three-argument pow uses only __pow__ and never the reflected form
class P:
    def __pow__(self, exp, mod=None):
        return ("pow", exp, mod)
    def __rpow__(self, base, mod=None):
        return ("rpow", base, mod)
print(pow(P(), 2), pow(P(), 2, 7), 2 ** P(), pow(2, P()))
try:
    pow(2, P(), 5)
except TypeError as e:
    print(type(e).__name__, e)

# divmod and its reflection
class D:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
print(divmod(D(), 3), divmod(3, D()))

# unsupported operand messages for every operator
class Empty:
    pass
e = Empty()
for sym, kind in OPS:
    try:
        eval("e %s 1" % sym)
    except TypeError as exc:
        print(exc)
for sym, kind in OPS[:4]:
    try:
        exec("y = Empty()\ny %s= 'str'" % sym, {"Empty": Empty})
    except TypeError as exc:
        print(exc)
try:
    divmod(e, 1)
except TypeError as exc:
    print(exc)
try:
    pow(e, 2, 3)
except TypeError as exc:
    print(exc)

# unary operators
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
print(-U(), +U(), ~U(), abs(U()))
for op in ("-e", "+e", "~e", "abs(e)"):
    try:
        eval(op)
    except TypeError as exc:
        print(exc)
