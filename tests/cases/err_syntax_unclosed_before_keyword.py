# A bracket left open before a line that starts with a keyword: CPython's tokenizer reads
# on inside the bracket, fails further down, and reports the bracket as never closed.
cases = [
    "x = [1, 2, 3\nfor i in y:\n    pass\n",
    "def main():\n    items = [1, 2, 3\n    for i in items:\n        print(i)\n\nmain()\n",
    "x = (1, 2\nfor i in y:\n  pass\n",
    "f(a\nfor i in y:\n  pass\n",
    "x = [a\nfor i in y\n",
    "x = [1,\n 2 for i in y:\n  pass\n",
    "x = [1, 2\nif y:\n  pass\n",
    "x = {1: 2\nwhile x:\n  pass\n",
    "f(1,\ndef g(): pass\n",
    "x = [1\nclass C: pass\n",
    "x = (1\nreturn 2\n",
    "x = [1, 2\nimport os\n",
    "x = [a\nfor i in y]\n",
]
for src in cases:
    for mode in ("exec", "single"):
        try:
            compile(src, "<s>", mode)
            print(repr(src), mode, "compiles")
        except SyntaxError as e:
            print(repr(src), mode, "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
                  e.end_lineno, e.end_offset, "|", repr(e.text))
