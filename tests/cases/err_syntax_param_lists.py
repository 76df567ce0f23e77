# Parameter lists CPython's grammar rejects, with its messages and locations.
cases = [
    "lambda *, a, *b: 0",
    "lambda /, a: 0",
    "lambda a, /, /: 0",
    "lambda *a, /: 0",
    "lambda **k=1: 0",
    "lambda *a=1: 0",
    "def f(*a=1): pass",
    "def f(**k=1): pass",
    "def f(**k = 1): pass",
    "def f(**k, /): pass",
    "def f(a, *, /): pass",
    "def f(a, *, *, b): pass",
    "def f(a, *args, *, b): pass",
    "def f(a, *, b, c, *): pass",
    "def f(*, a, *b): pass",
    "def f(a, *args1, b, c, *args2): pass",
    "def f(/, a): pass",
    "def f(a, /, /): pass",
    "def f(*a, /): pass",
    "def f(*, **k): pass",
    "def f(*): pass",
    "def f(a, *,): pass",
    "def f(*,\n **k): pass",
    "lambda *: 0",
    "lambda a, *: 0",
    "lambda *, **k: 0",
    "def f(a=1, b): pass",
    "def f(a, a): pass",
    "lambda a, a: 0",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)
def ok(a, /, b, *, c, **d):
    return a, b, c, d
print(ok(1, 2, c=3, e=4))
