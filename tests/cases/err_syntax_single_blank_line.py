# compile(..., 'single') of a compound statement whose last line is only blanks (no line
# break after it): CPython's tokenizer reads that line as the indentation of one more.
cases = [
    "if 1:\n  pass\n ",
    "if 1:\n  pass\n   ",
    "if 1:\n  pass\n\t",
    "if 1:\n    pass\n  ",
    "for x in y:\n  pass\n  ",
    "if 1:\n  if 2:\n    pass\n  ",
    "if 1:\n  if 2:\n    pass\n ",
    "if 1:\n  pass\n      ",
    "def f():\n  pass\n    ",
    "if 1:\n  pass\nelse:\n  pass\n ",
    "class C:\n    x = 1\n    y = 2\n  ",
    "if 1:\n\tpass\n        ",
    "if 1:\n\tpass\n       ",
    "if 1: pass\n  ",
    "if 1:\n  x = (1,\n 2)\n   ",
    "if 1:\n  pass\n  \n  ",
    "if 1:\n  pass\n\n   ",
    "if 1:\n  if 2: pass\n    ",
    "try:\n  pass\nexcept:\n    pass\n  ",
    "if 1:\n  pass\n    # c",
    "if 1:\n  pass\n",
    "x = 1\n   ",
    "  \n",
]
for src in cases:
    try:
        compile(src, "<s>", "single")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
