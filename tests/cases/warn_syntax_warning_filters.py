# The compiler's SyntaxWarnings go through the warnings machinery: catch_warnings records
# them, filters by action, message and module (named after the file) apply, an "error"
# filter turns one into a SyntaxError pointing at the code, and each compile warns again.
import warnings

SRC = 'x = 1\ny = x is 1\nassert (x, "msg")\nz = (1, 2)(3) if 0 else x is not "a"\n'

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile(SRC, "made.py", "exec")
    exec("q = 1\nr = q is 2")
    eval("1 is 1")
for w in caught:
    print(w.category.__name__, w.filename, w.lineno, w.line, "|", w.message)
print(type(caught[0].message).__name__, caught[0].message.args)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message='"is" with')
    compile(SRC, "made.py", "exec")
print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=SyntaxWarning, module="made")
    compile(SRC, "made.py", "exec")
    compile(SRC, "other.py", "exec")
print([(w.filename, w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    ns = {}
    exec("a = 5\nb = a is 5", ns)
    print("ignored", ns["b"])

for src, mode in [(SRC, "exec"), ("x = 1\n\n  (x, 1) is ()\n".strip(), "exec"),
                  ("'é' is 'é'", "eval"), ("f = lambda: [1](2)", "exec")]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<warned>", mode)
            print("compiled")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, "|", e.filename, e.lineno, e.offset,
                  e.end_lineno, e.end_offset, repr(e.text), e.args[1])

with warnings.catch_warnings():
    warnings.filterwarnings("error", category=SyntaxWarning)
    try:
        exec("print('never runs')\nw = 1 is 1")
    except SyntaxError as e:
        print("exec refused:", e)
    warnings.filterwarnings("error", category=DeprecationWarning)
    print("deprecation error only:", eval("1 is 1") if False else "skip")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    compile("x is 1", "<s>", "exec")
    compile("x is 1", "<s>", "exec")
print("default filter, no registry:", len(caught))
