# `case` patterns written without a comma between two of them: CPython's parser stops at
# the second (patterns are no expressions, so there is no "Perhaps you forgot a comma?"),
# while in a guard or the clause's body the expression rules apply.
cases = [
    "match x:\n    case [a b]: pass",
    "match x:\n    case [a as b c]: pass",
    "match x:\n    case (a as b c): pass",
    "match x:\n    case {1: a as b c}: pass",
    "match x:\n    case a as b c: pass",
    "match x:\n    case C(a as b c): pass",
    "match x:\n    case a.b(c) d: pass",
    "match x:\n    case 1 2: pass",
    "match x:\n    case [a, b c]: pass",
    "match x:\n    case (a, b c): pass",
    "match x:\n    case {1: a, 2: b c}: pass",
    "match x:\n    case C(a, b c): pass",
    "match x:\n    case [a, (b c)]: pass",
    "match x:\n    case [a] if f(a b): pass",
    "match x:\n    case 1: [a b]",
    "match x:\n    case {1: [a b]}: pass",
    "match x:\n    case \"a\" \"b\": pass\n    case C(1, y=2) | D(): pass",
    "match x:\n    case -1 | 1 - 2j | a.b.c: pass\n    case _: pass",
    "case = 1\nmatch = case",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
