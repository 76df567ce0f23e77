# Indentation mixing tabs and spaces, measured as CPython's tokenizer does (a tab runs to
# the next multiple of 8 columns): a line back to no enclosing level is "unindent does not
# match", one that compares differently with tabs as 1 column a TabError.
cases = [
    "if x:\n\ta\n    b\n",
    "if x:\n\ta\n    b",
    "if x:\n\tif y:\n\t\tpass\n\t    c\n",
    "if x:\n        a\n\tb\n",
    "if x:\n\ta\n\t b\n",
    "if x:\n  \ta\n\t  b\n",
    "def f():\n\tif 1:\n\t\treturn 1\n    return 2\n",
    "class C:\n\tdef f(self):\n\t\tpass\n    def g(self):\n\t\tpass\n",
    "if x:\n\ta\nb\n",
    "if x:\n\ta\n\tb\n",
]
for src in cases:
    for mode in ("exec", "single"):
        try:
            compile(src, "<s>", mode)
            print(repr(src), mode, "compiles")
        except SyntaxError as e:
            print(repr(src), mode, "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
                  e.end_lineno, e.end_offset, "|", repr(e.text))
