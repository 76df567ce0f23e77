# Statements and displays CPython's grammar rejects where its message or location differs
# from a plain "invalid syntax" at the first odd token: star imports, trailing commas,
# generator bases, annotated tuples, unpacking in dicts, comprehension targets, try/else.
cases = [
    "from x import *, a",
    "from .x import *, b",
    "from x import a, *",
    "from x import (*)",
    "from x import a,",
    "from x import a, b,",
    "from x import a, # c",
    "from . import a,",
    "import a,",
    "class C(x for x in y): pass",
    "class C(*x for x in y): pass",
    "class C(a, x for x in y): pass",
    "f(a, x for x in y)",
    "a, b: int",
    "a, *b: int",
    "(a, b): int",
    "(a), b: int",
    "a.b, c: int = 1",
    "[a]: int",
    "[a, b]: int = 1",
    "x, : int",
    "{**a: 1}",
    "{*a: 1}",
    "{1: 2, **a: 3}",
    "{**a.b: 1}",
    "{x := 1: 2}",
    "x = [a, b for a in c]",
    "x = {a, b for a in c}",
    "x = (a, b for a in c)",
    "x = {a: b, c: d for a in c}",
    "x = a + *b",
    "print(1 + *a)",
    "x = -*a",
    "x = a ** * b",
    "*a += 1",
    "try:\n    pass\nelse:\n    pass",
    "try:\n    pass\n",
    "x = 0_7",
    "x = 00012",
    "x = 0_0_7",
    "x = 012",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
print({**{'a': 1}, 'b': 2}, [(a, b) for a, b in [(1, 2)]])
