# '=' where CPython's grammar wanted an expression: its hints for a condition, decorator or
# bracketed element written `target = value`, and for a keyword argument whose name is an
# expression, with their locations.
cases = [
    "if (x) = 1: pass",
    "if x = 1: pass",
    "if x.y = 1: pass",
    "while f() = 1: pass",
    "if (a + b) = 1: pass",
    "if x: pass\nelif (a) = 1: pass",
    "if x = 1 and y: pass",
    "if x = 1 if y else z: pass",
    "if x = 1 = 2: pass",
    "if x = lambda: 1: pass",
    "if x == 1 and y = 2: pass",
    "if [a] = 1: pass",
    "[a for a in b if a = 1]",
    "@x = 1\ndef f(): pass",
    "@x.y = 1\ndef f(): pass",
    "@f() = 1\ndef f(): pass",
    "@(x) = 1\ndef f(): pass",
    "(x = 1)",
    "[x = 1]",
    "x[a = 1]",
    "match x = 1:\n    case 1: pass",
    "f((yield) = 1)",
    "f(a.b=1)",
    "f((a) = 1)",
    "f(x, (y) = 1, z)",
    "f(a + 1 = 2)",
    "f(x for x in y = 1)",
    "f(*a=1)",
    "f(**a=1)",
    "f(True=1)",
    "f(None = 1)",
    "f(...=1)",
    "class C(a.b=1): pass",
    "f(\n  a.b\n  = 1)",
    "(x := 1) = 2",
    "(None) = 1",
    "(a and b) = 1",
    "(a < b) = 1",
    "None = 1",
    "x + 1 = 2",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
def ok(x):
    if (y := x) == 2:
        return y
    return -1
print(ok(2), ok(3))
