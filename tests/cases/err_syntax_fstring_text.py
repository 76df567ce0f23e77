# The `text` of an f-string's syntax error in compiled source: CPython's tokenizer read
# the f-string as one token, so the line it shows keeps its line break.
cases = [
    "f'a{b'\n",
    "f'{#}'\n",
    "x = f'{a b}'\ny = 2\n",
    "f'{'\ny = 1\n",
    "f'{x:{'\n",
    "f'{x!}'\n",
    "x = 1 + f'{}'\n",
    "x = f'''\n{a b}\n'''\n",
    "x = f'{x!z}' \\\n  'a'\n",
    "f'{x!r'\n",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
x = 3
print(f'{x!r:>4}|{x=}')
