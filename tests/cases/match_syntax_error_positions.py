# The SyntaxErrors of malformed case patterns: CPython's message and the token it points
# at (line, offset, end), for the grammar's errors and the compiler's pattern checks.
sources = [
    "case a.b(1)():", "case a.b.c(1)(2):", "case {f'x': 1}:", "case {'a': 1, f'x': 2}:",
    "case {'a': f'x'}:", "case [f'x']:", "case 1+1:", "case -x:", "case - (1):",
    "case {**rest, 'a': 1}:", "case {0: _, **a, **b}:", "case {**rest, **b}:",
    "case {**rest, }:", "case a | b:", "case x, x:", "case [*a, *b]:",
    "case Point(x=1, x=2):", "case {'a': 1, 'a': 2}:", "case Point(x=1, 2):",
    "case {1: a, 1.0: b}:", "case (a as b) | c:", "case [a, b] | [a]:", "case a as a:",
    "case 1 as _:", "case f'x':", "case 1 + 2j + 3:", "case 1j + 2:", "case -1j + 2:",
    "case -1 - 2j - 1:", "case {**_}:", "case *a:", "case (1 | a) | 2:", "case a() | b:",
    "case [a, *_, b, *_]:", "case Point(a, a):", "case {'a': y, 'b': y}:",
    "case {'a': y, **y}:", "case 'a' 'b' f'c':", "case b'a' 'b':", "case a = 1:",
    "case a b:", "case a", "case a if x y:", "case {'a': 1} | f'x':", "case 1 as 2:",
]
for pattern in sources:
    src = "match x:\n    " + pattern + "\n        pass\n"
    try:
        compile(src, "<case>", "exec")
        print(f"{pattern!r:28} compiles")
    except SyntaxError as e:
        print(f"{pattern!r:28} {e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
src = "match x:\n    case a:\n        pass\n    case 1:\n        pass\n"
try:
    compile(src, "<case>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset)
# Case statements over several lines, after comments, nested in other blocks.
for src in ["match x:\n    # comment\n    case a.b(1)():\n        pass",
            "match x:\n    case [\n        1, 2\n    ] y:\n        pass",
            "match x:\n    case (1 as\n 2):\n        pass",
            "match x:\n\n    case 1 as 2:\n        pass",
            "if 1:\n  match x:\n    case 1:\n      pass\n    case a b:\n      pass",
            "case = 1\ncase.x y", "case x y"]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
