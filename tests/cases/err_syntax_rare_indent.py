# Indentation errors in nested blocks, with tabs, and after comments or blank lines: the
# header line an "expected an indented block" names, its place when the next line
# dedents, "unexpected indent" (after a decorator too), "unindent does not match", and
# TabError.
cases = [
    "if x:\nif y:\n  pass",
    "if x:\n  if y:\nz = 1",
    "if x:\n  if y:\n  z = 1",
    "if x:\n  if y:\n\n  # c\n  z = 1",
    "def f():\n    async for x in y:\n        \n",
    "if (a and\n  b):\npass",
    "class C:\n  def f(self):\n  x = 1",
    "for x in y:\n  while z:\n# c\nq",
    "try:\n  pass\nexcept E:\nz",
    "try:\n  try:\n    pass\n  finally:\nz",
    "if x:\n\tif y:\n\t\tpass\n\telse:\nz = 1\n",
    "with a:\n  with b:\nz",
    "if a:\n  x\nelif b:\n  if c:\n  y",
    "@d\ndef f():\nx",
    "if x:\n    if y:\n  pass",
    "match x:\n  case 1:\n  y",
    "if x: # c\n\n# d\ny",
    "def f(a,\n  b):\n    if a:\n\nx = 1",
    "if x:\n        a\n    b",
    "if x:\n  a\n\tb",
    "if x:\n\ta\n        b",
    "def f():\n    # c\n\nx",
    "  x = 1",
    "if x:\n    a\n        b",
    "x = 1\n    # c\n    y = 2",
    "if x:\n    a\n\n      # c\n    b\n  c",
    "while x:\n\tif y:\n\t    z\n\t  w",
    "@dec\n    def f():\n    pass",
    "class C:\n  @dec\n    def f(): pass",
    "@dec\n\n  def f(): pass",
    "@dec\n\tdef f(): pass",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
