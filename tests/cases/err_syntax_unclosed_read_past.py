# Which error CPython 3.11 reports when a bracket is left open and something else is wrong
# too: the bracket, when its parser read a token on a later line than it (a rule for a
# better message parsing on past the error); otherwise the error itself. A backslash that
# does not end its line stops the tokenizing of the rest quietly; a format spec inside an
# f-string is no number; an unexpected indent comes before a later unmatched bracket.
cases = [
    # An operand right after another: the second is parsed whole, then one token more.
    "x = f(a {\ny = 1\n",
    "x = f(a {1\ny = 1\n",
    "x = f(a b\ny = 1\n",
    "x = f(a b)\n",
    "return self.name{()\n\nz = 2\n",
    "x = [1 {:\ny = 2\n",
    "x = (a {:} b\n",
    # A def's name, or its parameters, are no operands.
    "def f{(self):\n    pass\n",
    "def f(self, x(:\n    pass\n",
    # A lone '=' after an operand: the operand after it is parsed too.
    "try:\n    {p.y = 'a'\nexcept E:\n    pass\n",
    "x (= [1, 2]\ny = 3\n",
    "a[::2 = [1, 2]\nb = 3\n",
    # An empty subscript reads as a list after the name.
    "f(x[]\nfor y in z: pass\n",
    "f(x[])\n",
    # A backslash not ending its line.
    "x = [\n  'a',\n  b\\n c\n",
    "f('a' b\\n')\n",
    "print(chr(65), chr(66)\", ord(\"A\"), ord(\"\\n\"))\n",
    "x = [1, 2\ny = 3 \\z\n",
    # A format spec is part of the f-string token.
    "print(f'{v:.2f}', (\nx = 1 1\n",
    "print(f'{v:.2f}' 1_)\n",
    # An unexpected indent stops CPython before the unmatched bracket after it.
    "x = 1,\n    y)\n",
    "print(a).b, c,\n      d)\n",
    # A try body closed by a line less indented than the try.
    "def f():\n    for x in y:\n        try:\n            pass\n    except E:\n        pass\n",
    "if a:\n    try:\n        pass\nx = 1\n",
    "try:\n    pass\nx = 1\n",
    "try: a\n except E: pass\n",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
