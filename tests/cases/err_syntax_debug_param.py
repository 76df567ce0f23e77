# Binding or deleting `__debug__` is a SyntaxError wherever the name is bound: parameters
# (at the def/lambda), keyword arguments (at the call), imports, attributes, targets.
# Reading it, augmented attribute assignment and `global __debug__` are allowed.
cases = [
    "def f(__debug__): pass",
    "@dec\ndef f(a,\n      __debug__): pass",
    "def f(*, b, __debug__=1): pass",
    "def f(*__debug__): pass",
    "def f(**__debug__): pass",
    "def f(a, /, __debug__): pass",
    "def f(__debug__, a=(yield)): pass",
    "def f(__debug__):\n    del __debug__",
    "lambda __debug__: 0",
    "lambda *, __debug__=1: 0",
    "def f(a=lambda __debug__: 1): pass",
    "f(__debug__=1)",
    "x = 1 + f(1,\n  __debug__=2)",
    "o.m(a, __debug__=1)",
    "f(**k, __debug__=1)",
    "f(a=1, __debug__=1, a=2)",
    "f(a=1, b=1, b=2, a=2)",
    "f(__debug__=1, __debug__=2)",
    "class C(__debug__=1): pass",
    "@dec\nclass C(__debug__=1): pass",
    "import x as __debug__",
    "from m import x as __debug__",
    "obj.__debug__ = 1",
    "a, b.__debug__ = x",
    "[x for x.__debug__ in y]",
    "obj.__debug__: int",
    "obj.__debug__: int = 1",
    "__debug__: int",
    "__debug__ += 1",
    "del a, __debug__",
    "try: pass\nexcept E as __debug__: pass",
    "class C:\n    def __debug__(self): pass",
    "[__debug__ := 1 for x in y]",
    "match x:\n    case C(a=1, __debug__=[2,\n       3]): pass",
    "match x:\n    case C(a=1, b=2, b=3, a=4): pass",
    # allowed
    "x.__debug__ += 1",
    "del x.__debug__",
    "global __debug__",
    "x = __debug__",
    "f(**{'__debug__': 1})",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, "|", e.text, e.lineno, e.offset, e.end_lineno, e.end_offset, len(e.args))
for mode in ("single", "eval"):
    try:
        compile("lambda __debug__: 1", "<s>", mode)
    except SyntaxError as e:
        print(mode, e.msg, e.lineno, e.offset, e.end_offset)
print(__debug__)
exec("def g(p,\n      __debug__=2): pass")
