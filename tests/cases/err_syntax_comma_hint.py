# "Perhaps you forgot a comma?" from the start of the whole element before the gap, a
# conditional element's plain "invalid syntax", a dict key's missing value, the end of a
# conditional missing its else, and the tokenizer's backslash-continuation errors.
cases = [
    "(0, -1 2 ** 65)",
    "print(a | 0 0 == a)",
    "f(a b if c else d)",
    "[1 lambda: 2]",
    "(a b.c[0](1))",
    "[a.b c]",
    "[1 + 2 3]",
    "f(x.y z)",
    "f(x[1] z)",
    "f('a' f'b' c)",
    "print('a' 'b' c)",
    "[f(x) y]",
    "f(-x y)",
    "[not a b]",
    "[a < b c]",
    "[await x y]",
    "[a if b else c d]",
    "(lambda: 1 2)",
    "x = {'a': 1 'b': 2}",
    "f(a, b c, d)",
    "f(k=a b)",
    "{1: x y}",
    "[\n  a.b\n  c\n]",
    "{1: 2, 3:}",
    "{1: 2, 3: }",
    "{'a':\n}",
    "x = {1:}",
    "x = [i if i for i in y]",
    "x = (a if b for c in d)",
    "[x if y]",
    "x = \\\n",
    "x = 1 \\ 2",
    "x = 1\\x",
    "if x:\n  y = 1 \\ \n",
    "x = 'é' \\ 2",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
print([1, 2] + [3], {'a': 1, 'b': 2}['b'], 1 if 2 else 3)
