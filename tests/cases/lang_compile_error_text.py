# Errors of CPython's symbol table and code generator read the source line from the file the
# code names, so compile() of a string gives them no text; errors of the parser keep the
# line of the string. Positions are the same either way.
cases = [
    "def f(a, b, a): pass",
    "nonlocal x",
    "return 1",
    "await x",
    "yield 1",
    "def f():\n    x = 1\n    global x",
    "def f():\n    nonlocal y",
    "def f():\n    global x\n    nonlocal x",
    "match x:\n    case [a, a]: pass",
    "match x:\n    case a | b: pass",
    "match x:\n    case {1: a, 1: b}: pass",
    "match x:\n    case C(x=1, x=2): pass",
    "match x:\n    case [*a, *b]: pass",
    "f(x=1, x=2)",
    "async def f():\n    yield from x",
    "def f():\n    async for x in y: pass",
    "def f():\n    await x",
    "def f():\n    from x import *",
    "break",
    "for x in y:\n    def g():\n        continue",
    "x = 1\nfrom __future__ import division",
    "__debug__ = 1",
    "class C:\n    [(y := 1) for x in z]",
    "[(x := 1) for x in z]",
    "x: int\nglobal x",
    "[(yield) for x in y]",
    "try:\n    pass\nexcept* E:\n    break",
    # parser-stage errors: the text comes from the string
    "1 = 2",
    "f(**x, *y)",
    "del 1",
    "x = (1 2)",
    "def f(:\n    pass",
    "match x:\n    case 1+1: pass",
]
for src in cases:
    for name in ["<string>", "nowhere.py"]:
        try:
            compile(src, name, "exec")
            print("compiled", repr(src))
        except SyntaxError as e:
            print(repr(src), "|", e.msg, "|", repr(e.text), e.filename, e.lineno, e.offset,
                  e.end_lineno, e.end_offset)

try:
    exec("def g(q, q): pass")
except SyntaxError as e:
    print("exec:", e, e.text, e.args)
try:
    eval("lambda: (yield)") and eval("[x async for x in y]")
except SyntaxError as e:
    print("eval:", e, e.text)
try:
    exec("def g(q, q): pass")
except SyntaxError as e:
    import sys
    sys.excepthook(SyntaxError, e, None)
