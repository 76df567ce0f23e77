# Compile errors of targets, assignment expressions and clauses, with CPython's locations.
cases = [
    "*a, *b = x",
    "[a, *b, *c] = x",
    "a, (*b, *c) = x",
    "*a = x",
    "[i for i in (x := [1])]",
    "[i for j in y for i in (x := j)]",
    "[i for i in [(lambda: (x := 1))]]",
    "[i for i in [[(x := 1) for q in r]]]",
    "[i for i in y if (x := i)]",
    "def f():\n  [i for i in (x := [1])]",
    "{i: 1 for i in (x := 2)}",
    "(i for i in (x := [1]))",
    "[x := 1 for x in y]",
    "try:\n    pass",
    "try:\n    pass\n",
    "try:\n    pass\nx = 1\n",
    "try:\n    pass\n\nx = 1",
    "if x = 1: pass",
    "if x = 1:\n  pass",
    "while x = f(1): pass",
    "if x == 1 and y = 2: pass",
    "elif x = 1: pass",
    "nonlocal x",
    "def f():\n    print(x)\n    global x",
    "def f(x):\n    global x",
    "class C:\n    return 1",
    "class C:\n    yield 1",
    "del f()",
    "(a, b) += 1",
    "f() = 1",
    "x: int += 1",
    'print "x"',
    "def f(a, a): pass",
    "f(x for x in y, 1)",
    "f(**k, *a)",
    "f(a=1, a=2)",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, "|", e.msg, "|", repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset, len(e.args))
exec("a, (*b, *c) = 1, (2, 3)")
