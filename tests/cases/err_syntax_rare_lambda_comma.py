# Where a lambda's parameters end at a stray token (CPython stops there rather than asking
# for the ':'), an annotation target with no annotation, and where "Perhaps you forgot a
# comma?" does not apply: import names, a dict's `**`, a later starred element, a
# comprehension's iterable, a name before a string, an unfinished lambda, `if` without
# else; and `a if b:`, which is no conditional missing its else.
cases = [
    "lambda continue",
    "f(lambda a)",
    "lambda return",
    "lambda a if b else c",
    "x = lambda a, b if c",
    "lambda a, *b, return c=2: 1",
    "lambda pass a: 1",
    "raise lambda E from e",
    "lambda a=2 def: 1",
    "x = lambda a",
    "lambda a 1",
    "f():",
    "f(a=1):",
    "a.b():  # c",
    "1:",
    "(a, b):",
    "[a]:",
    "f(): = 1",
    "f(): int",
    "f(): -1",
    "from d import (e f)",
    "from d import (e, f ()",
    "{a: 1, **b 'c': 2}",
    "{**a b}",
    "{a, *x c}",
    "[a, *x c]",
    "f(*a b)",
    "[*a b]",
    "f(a, **b c)",
    "[i for i in y  i]",
    "f(x for x in x y)",
    "[x for x in a b if c]",
    "[a in b c]",
    "[i for i  y if i]",
    "[i  i in y if i]",
    "[i  i if y]",
    "[i  i if y else z]",
    "f(x lambda for x in y)",
    "{a: 1 lambda, **b}",
    "[a lambda: 1]",
    "(a 's')",
    "[a.b 's']",
    "print( returnf'{x}')",
    "x if a:\n  b = 1",
    "[a if b: c]",
    "x = a if b c",
    "f(a if b: c)",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
print([(lambda a=1, *b, c=2: a + c)()], {**{1: 2}})
