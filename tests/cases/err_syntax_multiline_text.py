# The text of a SyntaxError for source given as a string is what CPython's tokenizer
# holds: every line since the start of a token that runs over line breaks (a
# triple-quoted string, a backslash continuation) that ends on the error's line. Exec mode
# adds a final line break, eval and single do not; a line the tokenizer had already left
# is shown alone, without its break.
cases = [
    "x = '''abc\n\\x4'''",
    "x = '''abc\nde\\x4 fg\nhi'''",
    "x = b'''abc\nde\\x4 fg\nhi'''",
    "x = '''abc\\N{nope}\n'''",
    'x = 1; y = """\nab\\N{NOPE} cd"""',
    "x = '''a\nb\\N{LATIN SMALL LETTER A\n'''",
    "x = ('a'\n  '\\x4')",
    "x = '''a\nb''' '\\x4'",
    "x = 'a\\\n\\x4'",
    "x = f'''a\n{1}\\x4'''",
    "x = 1 + \\\n '\\x4'",
    "('''a\nb''' + '''c\nd''' + '\\x4')",
    "x = '''a\nb''' 1 2",
    "x = '''a\nbcdefghijkl''' + f(1 for x in y, 2)",
    "('''a\nb''',\n 1 2)",
    "(1,\n 2",
    "(1 2\n 3)",
    "(1,\n 2 3)",
    "x = [1,\n2,\n3 4]",
    "x = 1 +\n",
    "if 1:\n    x = 1 +\n",
]
for src in cases:
    for mode in ("exec", "eval", "single"):
        try:
            compile(src, "<s>", mode)
            print(mode, repr(src), "compiles")
        except SyntaxError as e:
            print(mode, repr(src), "|", e.msg[:40], "|", repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    exec("x = '''abc\n   de\\x4 fg\n   hi'''")
except SyntaxError as e:
    print(repr(e.text), e.offset)
exec("x = '''a\nbcdefghijkl''' + f(1 for x in y, 2)")
