# A block header with no ':' before its line ends: CPython points at its NEWLINE token,
# after the line's trailing blanks, or at the comment that ends the line.
cases = [
    "if x   \n",
    "if x   \ny = 1\n",
    "if x   # c\n    y\n",
    "while x\n    pass\n",
    "for a in b \\\n  \n    pass\n",
    "class A(B)\t\n  pass\n",
    "with a as b\n  pass\n",
    "x = 1\nif x   \n\n    # nothing here\n",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
