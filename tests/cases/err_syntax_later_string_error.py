# After a parser error CPython tokenizes the rest of the source: a string left open there
# (or a character that starts no token) is the error reported, on whatever line.
cases = [
    "print('it's')\n",
    "print('don't do it')\n",
    "x = 'it's'\n",
    "d = {'a': 'it's'}\n",
    "print(\"say \"hi\"\")\n",
    "x = a b 'c\n",
    "x = a b c 'd\n",
    "if x y 'z\n",
    "f(a b) 'c\n",
    "x = 1 +* 'a\n",
    "x = [1 2 'a\n",
    "x = f(a b c 'd)\n",
    "x = (a b\ny = 'c\n",
    "x = 'a' 'b' c 'd\n",
    "x = a b\ny = 1\nz = '''abc\n",
    "x = a b €\n",
    "x = a b $\n",
    "if x:\npass\ny = 'a\n",
    "x = a b 1_\n",
    "x = a b\ny = 0b2\n",
    "x = a b\ny = 1)\n",
    "x = a b)\n",
    "x = a b\ny = 09\n",
    "if x y: 1__0\n",
    "x = a b\ny = 1e\n",
    "x = a b\ny = 'c\nz = 1_\n",
    "x = a b\ny = 1_\nz = 'c\n",
    "x = a b\ny = 1)\nz = 1_\n",
    "  x = 1\ny = 'abc\n",
    "if x:\n    a\n  b\ny = 'c\n",
    "x = [\n1 2\n'abc\n",
    "x = (a b\n",
    "x = [1 2\n",
    "x = (a b\n1_\n",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
print("it's", 'say "hi"')
