# Conditional expressions (and other non-targets) before an `=`: when the statement starts
# with `name = value`, CPython's parser reports its named-expression hint there instead;
# likewise for any element of a tuple, list or set display written `name = value`.
cases = [
    "a = 1 if b else c = 2",
    "a = 1 if b else c = 2 = 3",
    "a = b if c else d = e = 2",
    "x = a if b else c = d if e else f",
    "x, a = 1 if b else c = 2",
    "a = b, c = 1 if d else e = 2",
    "a = b if c else d, = 2",
    "a = b or c = 2",
    "a = b == c = 2",
    "a = b < c = 2",
    "a.x = 1 if b else c = 2",
    "a[0] = 1 if b else c = 2",
    "(a) = 1 if b else c = 2",
    "f() = 1 if b else c = 2",
    "a = 1, 2 = 3",
    "x = 1; a = 1 if b else c = 2",
    "if x: a = 1 if b else c = 2",
    "if x:\n    a = 1 if b else c = 2",
    "a = b = 1 if c else d = 2",
    "[a] = 1 if b else c = 2",
    "(a, b) = 1 if b else c = 2",
    "*a, b = 1 if b else c = 2",
    "a = (1 if b else c) = 2",
    "a = b + c = 2",
    "a = -b = 2",
    "a = not b = 2",
    "a = lambda: 1 if b else c = 2",
    "a = f() = 2",
    "x: int = 1 if b else c = 2",
    "1 if b else c = 2",
    "a if b else c = 2",
    "(a if b else c) = 2",
    "a if b else c += 1",
    "a if b else c: int = 1",
    "for a if b else c in d: pass",
    "del a if b else c",
    "with x as a if b else c: pass",
    "[a for a if b else c in d]",
    "a = 1 if b = 2 else c",
    "a = 1 if b else c := 2",
    "a = 1 if b else c",
    "(a, b=1)",
    "[a, *b, c=1]",
    "{a, b=1}",
    "x[a, b=1]",
    "(a, b.c=1)",
    "(a, (b)=1)",
    "if (a, b=1): pass",
    "(a, b=1=2)",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
for mode in ("single", "eval"):
    try:
        compile("a = 1 if b else c = 2", "<s>", mode)
    except SyntaxError as e:
        print(mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
