# Argument lists with a comprehension where CPython's grammar has none: a keyword argument
# whose value runs into `for` (its hint at `name=`), an unparenthesized generator after
# keyword arguments, a lambda default followed by `for`, and starred values.
cases = [
    "class C(a=x for x in y): pass",
    "class C(metaclass=x for x in y): pass",
    "class C(a, b=x for x in y): pass",
    "class C(a=1, x for x in y): pass",
    "class C(a=1, x for x in y, z): pass",
    "f(a=x for x in y)",
    "f(a=1, b=x for x in y)",
    "f(x for x in y, a=x for x in y)",
    "f(a=x for x in y, x for x in y)",
    "f(a=x async for x in y)",
    "f(a=lambda: x for x in y)",
    "f(a=x if b else c for x in y)",
    "f(a=x for x in y if)",
    "f(a=x for x in y z)",
    "f(a=g(b=x for x in y))",
    "f(a=\nx for x in y)",
    "f(**k, a=x for x in y)",
    "f(a=1, x for x in y)",
    "f(**k, x for x in y)",
    "f(a=1, *b, x for x in y)",
    "f(a=1, b, x for x in y)",
    "f(x=1, y for y in z if y)",
    "f(a=x for x in)",
    "f(a=b=x for x in y)",
    "f((a)=x for x in y)",
    "def f(a=x for x in y): pass",
    "lambda a=x for x in y: 1",
    "f(a=*b)",
    "f(a=*b if c else d)",
    "f(x := *a)",
    "f(*a := 1)",
    "assert *a",
    "lambda: *a",
    "x = *a if b else c",
    "(yield a for a in b)",
    "def g():\n    x = (yield a for a in b)",
    "f(a=[x for x in y])",
    "f(a=(x for x in y))",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
for mode in ("eval", "single"):
    try:
        compile("f(a=x for x in y, b=1)", "<s>", mode)
    except SyntaxError as e:
        print(mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
