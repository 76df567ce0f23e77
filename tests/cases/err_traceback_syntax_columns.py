# How CPython 3.11 draws a SyntaxError's text and carets: the offsets are used as they are
# (characters for a str source, UTF-8 bytes for undeclared bytes), clipped to the text's
# size in bytes; the carets reach the end of the text when the error goes on past its line;
# only an exact SyntaxError shows its end position; the caret line is made of spaces.
import sys


def show(source):
    try:
        compile(source, "<s>", "exec")
    except SyntaxError as e:
        print(type(source).__name__, e.args)
        sys.__excepthook__(type(e), e, None)


show("x = 'é' +")
show("print(ää ää)")
show("print(ää ää)".encode())
show("# coding: utf-8\nprint(ää ää)".encode())
show("é = 1; return 5")
show("x\t=\t1 2 3")
show("if 1:\n\tx = (1 2)")
# Only a dotted name can be called in a pattern: the parser stops at the `(`.
show("match 1:\n    case [1](x):\n        pass\n")
show("match 1:\n    case (\n        5\n    )(x):\n        pass\n")


class Sub(SyntaxError):
    pass


for args in [
    ("f.py", 1, 2, "é = 1 2\n", 1, 9),
    ("f.py", 1, 2, "é = 1 2\n", 2, 1),
    ("f.py", 1, 1, "é = 1 2\n", 1, 30),
    ("f.py", 1, 3, "  éé 1\n", 1, 9),
    ("f.py", 1, 12, "a\nbé c\n", 1, 14),
    ("f.py", 1, 20, "ab", 1, 22),
    ("f.py", 1, 1, "  \n", 1, 3),
]:
    for cls in (SyntaxError, Sub, IndentationError):
        sys.__excepthook__(cls, cls("m", args), None)
