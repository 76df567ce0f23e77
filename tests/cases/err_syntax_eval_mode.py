# The syntax errors of eval() and compile(..., 'eval') input, where a statement's words
# are out of place: CPython's expression rule stops at `yield` or a leading `*`, and keeps
# its hints for `=`, print statements, comprehension targets and missing commas.
cases = [
    "x = 1",
    "(x = 1)",
    "f(a.b=1)",
    "{**a: 1}",
    "[a, b for a in c]",
    "{a, b for a in c}",
    "a <> b",
    "f(x y)",
    "[a.b c]",
    "{1:}",
    "x if y",
    "lambda (x): x",
    "yield x",
    "yield",
    "*a",
    "*a, b",
    "a +",
    "f(**a, *b)",
    "x := 1",
    "if x: 1",
    "print 'x'",
    "exec 'x'",
    "a b",
]
for src in cases:
    try:
        compile(src, "<s>", "eval")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", type(e).__name__, e.msg, "|", e.lineno, e.offset,
              e.end_lineno, e.end_offset, "|", repr(e.text))
try:
    eval("print 'hello'")
except SyntaxError as e:
    print("eval:", e.msg, e.offset, e.end_offset)
for src in ["def f(): return yield x", "def f(): x = 1 + yield 2", "def f(): [yield x]",
            "def f(): x = yield x, yield y", "def f(): print(*a, yield x)"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.offset, e.end_offset)
print(eval("[a for a in (1, 2)]"), eval("(yield_ := 3)"))
