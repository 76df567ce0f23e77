# Where CPython 3.11 reports a misplaced `not` and the 3.12-only forms (`type X = ...`,
# `def f[T]`, `class C[T]`), which 3.11 does not know.
SOURCES = [
    "a not b",
    "a not",
    "x = a not b",
    "a not not b",
    "if a not b: pass",
    "while a not 1:\n    pass",
    "f(a not b)",
    "a is not not b",
    "a is not not",
    "a < not b",
    "a == not b and c",
    "a in not b",
    "a not in b",
    "type X = int",
    "type Point = tuple[float, float]",
    "type X[T] = list[T]",
    "def f[T](x: T) -> T:\n    return x",
    "async def g[T](): pass",
    "class C[T]: pass",
    "class C[T](Base): pass",
]
for src in SOURCES:
    try:
        compile(src + "\n", "<case>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
