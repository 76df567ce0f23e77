# A decorator followed by a line indented less than it: CPython's parser meets the DEDENT
# before the definition and reports an unexpected unindent after the line's indentation.
cases = [
    "class A:\n    @d\ndef f(): pass\n",
    "if 1:\n  if 2:\n    @d\n  def f(): pass\n",
    "class A:\n    @d\n    @e\nclass B: pass\n",
    "@d\n    def f(): pass\n",
    "@d\n",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
