# compile() and exec() of bytes read them as PEP 263 says: a declaration names the codec
# (an unknown one, a BOM that disagrees, or bytes it cannot decode are SyntaxErrors located
# nowhere); undeclared bytes that are not UTF-8 are an error where CPython's tokenizer
# meets them (in a string or a name; a comment passes), after any earlier error.
cases = [
    b"\xff",
    b"x = 1\n\xff",
    b"ab\xff",
    b"x = ab\xffcd + 1",
    b"x = \xe9 +",
    b"x = (\n\xff",
    b'x = "\xe9"\n',
    b'x = "ab\xf0\x9f\x98"',
    b'x = "\xed\xa0\x80"',
    b'x = """a\nb\xe9"""',
    b'x = r"a\xe9"',
    b'x = f"\xe9"',
    b'x = b"\xe9"',
    b'"""doc\xe9"""\nx = (1 2)',
    b'x = (1 2)\ny = "\xe9"',
    b"x = 1\ny = 2\n z\xff",
    b"# \xff\nx = 1",
    b"x = 1 # \xff",
    b"# coding: nonexistent\nx = 1\n",
    b"\n# coding: nope\n",
    b"#!python\n# -*- coding: nope -*-\n",
    b"x = 1\n# coding: nope\n",
    b"\xef\xbb\xbf# coding: latin-1\nx=1\n",
    b'# coding: ascii\nx = "\xe9"\n',
    b"# coding: utf-16\nx=1\n",
    b"# coding: rot13\nx=1\n",
    b'# coding: Latin_1\nx = "\xe9"\n',
    b"# coding: utf-8-sig\nx = 1\n",
]
for src in cases:
    try:
        code = compile(src, "<b>", "exec")
        ns = {}
        exec(code, ns)
        print(src, "runs", ns.get("x"))
    except SyntaxError as e:
        print(src, type(e).__name__, "|", e.msg, "|", e.args[1:], e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in [bytearray(b"x = 1 + \xff"), b"# coding: latin-1\nprint('\xe9')"]:
    try:
        exec(src)
    except SyntaxError as e:
        print("exec", e.msg, e.filename, e.lineno, e.offset)
exec(b"# coding: nonexistent\n")
