# compile(..., "single") reads one statement as an interactive prompt does: no line break
# is added, so a compound statement needs an indented last line or a final line break, a
# comment after an indented block ends it too early, and a second line is an error.
cases = [
    "if 1:\n    pass",
    "if 1:\n    pass\n",
    "for x in y: pass",
    "for x in y: pass\n",
    "for x in y: pass  ",
    "for x in y: pass # c",
    "def f(): pass",
    "def f():\n    return 1",
    "@dec\nclass C: pass",
    "if 1: pass\nelif 2: pass",
    "if 1:\n    pass\nelse: pass",
    "if 1:\n    pass\n# c",
    "if 1:\n    pass\n    # c",
    "if 1:\n  pass\n\n# c",
    "if 1:\n  pass\n# c\n",
    "if 1: pass\n# c",
    "if 1:\n    for x in y: pass",
    "if 1: x = 1; y = 2",
    "while 1:\n    x = (1,\n 2)",
    'while 1:\n    x = """a\nb"""',
    "class C:\n  def f(): pass",
    "try:\n    pass\nexcept:\n    pass",
    "match x:\n    case 1: pass",
    "",
    "\n",
    "\n\n",
    "# comment",
    "\n# c",
    "x = 1; y = 2",
    "x = 1\ny = 2",
    "x = 1;\ny = 2",
    "x = 1  \ny = 2",
    "x = 1 # c\ny = 2",
    "x = 1; y = 2\nz = 3",
    "x = (1,\n  2)\ny = 3",
    '"""doc"""\nx = 1',
    "def f(): pass\ndef g(): pass",
    "if 1:\n    pass\nx = 1",
    "if 1: pass\nx",
    "x = 1 +",
    "x = 1 +\n",
    "1;;",
    "if 1:\n  pass\n x = 1",
    "if 1:\npass",
    "x = 1\r\ny",
    "if 1: pass\r",
]
for src in cases:
    try:
        compile(src, "<s>", "single")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, "|", e.msg, "|", repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
for src in ["1 +", "(1,\n 2", "1 +\n"]:
    try:
        compile(src, "<s>", "eval")
    except SyntaxError as e:
        print("eval", repr(src), e.msg, "|", repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
exec(compile("for i in range(2):\n    print(i)", "<s>", "single"))
exec(compile("for x in y: pass", "<s>", "single"))
