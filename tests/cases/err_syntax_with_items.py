# `with` statements whose items CPython 3.11 rejects: a trailing comma without parentheses
# (reported at the token after it), and a missing comma after `as` in parenthesized items.
cases = [
    "with a as b, :\n    pass",
    "with a as b, : pass",
    "with a, : pass",
    "with a as b,: pass",
    "with a as b, c as d, : pass",
    "with a as (b, c), : pass",
    "with (a as b), : pass",
    "with a as b, \n    pass",
    "with a as b,  # c\n    pass",
    "async def f():\n    async with a as b, : pass",
    "with (a as b, ): pass",
    "with (a as b, c as d, ): pass",
    "with (a, ): pass",
    "with (a as b c): pass",
    "with (a as b c, d): pass",
    "with (a as b.c d): pass",
    "with (a as b[0] c): pass",
    "with (a as b, c as d e): pass",
    "with (a, b as c d): pass",
    "with (a as b, c d): pass",
    "with (a, b c): pass",
    "with (a as b\n c): pass",
    "async def f():\n    async with (a as b c): pass",
    "from m import (a as b c)",
    "with a as b c: pass",
    "with (a as b,) as c: pass",
    "with a as 1: pass",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
try:
    compile("with a as b, : pass", "<s>", "single")
except SyntaxError as e:
    print("single", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
