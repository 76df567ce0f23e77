# Compound statement headers and parameter lists CPython's grammar rejects: the ':' it
# insists on after def/try/else/finally, a stray token after if/while/for/with/class, a
# def's '(', parenthesized or non-name parameters.
cases = [
    "def f:\n    pass",
    "def f x: pass",
    "async def f:\n    pass",
    "def f -> int: pass",
    "def f\n",
    "def f() x: pass",
    "def f()  \n  pass",
    "def f(a)b: pass",
    "def f() -> : pass",
    "def f() -> \n",
    "try x: pass",
    "try\n  pass",
    "try:\n  pass\nfinally x:\n  pass",
    "if x: pass\nelse x: pass",
    "if x y: pass",
    "while x y: pass",
    "while (x) y: pass",
    "for x in y z: pass",
    "class C x: pass",
    "class C(x) y: pass",
    "class C\n  pass",
    "try:\n  pass\nexcept x y:\n  pass",
    "try:\n    pass\nexcept A as a.b:\n    pass",
    "match x y:\n  case 1: pass",
    "if x\n  pass",
    "def f(x y): pass",
    "def f(1): pass",
    "def f(None): pass",
    "def f(x, None): pass",
    "def f(a, 'b'): pass",
    "def f(a, (b, c)): pass",
    "def f((a)): pass",
    "lambda (x): x",
    "lambda a, (b): 1",
    "lambda True: 1",
    "def f(*, 1): pass",
    "def f(a, *, 1): pass",
    "def f(/): pass",
    "lambda /: 1",
    "def f(*, /): pass",
    "def f(/, a): pass",
    "def f(x=, y): pass",
    "def f(x: int = , y): pass",
    "lambda x=, y: 1",
    "lambda x=: 1",
    "while x:\n# c",
    "while x:\n\n",
    "def f():\n    # only\n",
    "class C:\n  # a\n  # b\n",
    "if x:\n    pass\nelse:\n# c\n",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
def ok(a, /, b, *, c) -> int:
    return a + b + c
print(ok(1, 2, c=3))
