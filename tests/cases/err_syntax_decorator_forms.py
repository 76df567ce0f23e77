# Decorators: the expressions 3.11 accepts after `@` (any named expression, PEP 614), the
# ones it rejects, and decorators with nothing after them at the end of the input.
cases = [
    "@x := 1\ndef f(): pass",
    "@(x := 1)\ndef f(): pass",
    "@x := 1\nclass C: pass",
    "@x := 1\nasync def f(): pass",
    "@x := y := 1\ndef f(): pass",
    "@x := 1 if y else z\ndef f(): pass",
    "@x := lambda: 1\ndef f(): pass",
    "@x[0].y(1)\ndef f(): pass",
    "@x if y else z\ndef f(): pass",
    "@lambda f: f\ndef f(): pass",
    "@x := 1 := 2\ndef f(): pass",
    "@a.b := 1\ndef f(): pass",
    "@x[0] := 1\ndef f(): pass",
    "@x := *a\ndef f(): pass",
    "@x := 1, 2\ndef f(): pass",
    "@x, y := 1\ndef f(): pass",
    "@x := 1 = 2\ndef f(): pass",
    "@x = 1\ndef f(): pass",
    "@x := 1\nx = 1",
    "@x\nx = 1",
    "@x y\ndef f(): pass",
    "@\ndef f(): pass",
    "@x,\ndef f(): pass",
    "@*x\ndef f(): pass",
    "@yield x\ndef f(): pass",
    "@x",
    "@x\n",
    "@x\n\n",
    "@x  # c\n",
    "@x\n# c",
    "def f(): pass\n@x",
    "@x\n@y",
    "@x := 1",
    "if x:\n    @x",
    "if x:\n    @x\n    # c\n",
    "class C:\n    @x\n    @y",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
for mode in ("single", "eval"):
    try:
        compile("@x", "<s>", mode)
    except SyntaxError as e:
        print(mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
d = []
@x := d.append
def g(): pass
print([f.__name__ for f in d], x == d.append)
