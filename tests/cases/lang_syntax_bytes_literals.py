# SyntaxErrors of bytes literals: non-ASCII characters (the error lies inside the literal)
# and mixing bytes with str literals, seen through compile().
sources = [
    "b'\u00e4'",
    "x = b'abc\u00e4'",
    "x\u00e4 = 1; b'\u00e4'",
    "'\u00e4' + b'\u00e4'",
    "f(b'\u20ac', 2)",
    "x = b'''\n\u00e4'''",
    "u'x' 'y' b'z'",
    "x = b'a' 'b'\n",
    "f(1, 'a' b'b' 'c')",
    "x = (b'a'\n 'b')",
    "f'a' b'c'",
    "b'a' f'{1}'",
    "b'ok' b'fine'",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
