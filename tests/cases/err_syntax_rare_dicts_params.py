# The rarer syntax errors of dict displays, keyword arguments before a comprehension and
# parameter lists: a dict key without its ':', a starred key or value, a comprehension
# target that cannot be assigned to, a default value followed by another expression, and
# parenthesized parameters (only plain names get CPython's own message).
cases = [
    "{a: 1, b=1}",
    "{a: 1, **b, c=1}",
    "{a: 1, b, 'c': 2}",
    "d = {a: 1, **b, 'c' 2}",
    "{a: 1, b c}",
    "{a: 1, b.c}",
    "{a: 1, f(x) = 2}",
    "{a: 1, b for x in y}",
    "{**b, c}",
    "{a: 1, (b), c: 2}",
    "{a: 1, x := 1}",
    "{a: 1, lambda: 1}",
    "[{a: 1, b}]",
    "{a, b c}",
    "{a: 1, *b}",
    "{a: 1, *b, c: 1}",
    "{a: 1, b: *c}",
    "{b: *c.d + 1}",
    "{a: 1, b:}",
    "f(a=x for 1 in y)",
    "f(a=x for [b, c+1] in y)",
    "f(a=x async for 'z' in y)",
    "f(a=x for b in y)",
    "f(lambda a=1 b: 1)",
    "[lambda a=1 b: 1]",
    "(lambda a=x.y b.c: 1)",
    "(lambda a, b=1 2: 1)",
    "(lambda *, a=1 b: 1)",
    "(lambda a=1 b=2: 1)",
    "lambda a=1 b: 1",
    "x = lambda a b: 1",
    "def f(a=1 b): pass",
    "def f(*, a=1 b): pass",
    "def f(a: int b): pass",
    "def f(a: int=1 b): pass",
    "def f(a, *b c): pass",
    "def f((a)): pass",
    "def f(a, (b, c,)): pass",
    "def f(a: int, (b: str)): pass",
    "def f(a=1, (b)): pass",
    "def f( (a, b=2, *c, d, **e)): pass",
    "def m(self( ): pass",
    "def f(a( , b=2): pass",
    "lambda (a): 1",
    "lambda a, (b, c): 1",
    "lambda a=1, (b): 1",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
print({**{'a': 1}, 'b': 2}, (lambda a=1, b=2: a + b)())
