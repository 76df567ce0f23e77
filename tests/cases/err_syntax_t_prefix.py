# A `t` before a string is a name to CPython 3.11 (t-strings came in 3.14): a name and a
# string side by side, reported at the string; left open, the string starts at its quote.
cases = [
    'print(t"x")\n',
    't"a"\n',
    'x = 1 + t"{y}"\n',
    'x = (t"ab" if 1 else 2)\n',
    'x = t"ab\n',
    "x = rt'ab\n",
    "x = t'''ab\n",
    "x = (t'ab\n",
    "def hook(t', v, tb):\n    pass\n",
    'print(Tag("b"T")))\n',
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
