# compile()'s argument checks and sources: mode, flags, dont_inherit and optimize
# validation, str/bytes/bytearray sources, and 'single' mode printing expression
# statements through sys.displayhook.
import sys

tests = [
    lambda: compile("1", "<s>", "bad"),
    lambda: compile("1", "<s>", "func_type"),
    lambda: compile("1", "<s>", "exec", optimize=5),
    lambda: compile("1", "<s>", "exec", optimize=-2),
    lambda: compile(5, "<s>", "exec"),
    lambda: compile(None, "<s>", "exec"),
    lambda: compile("1", 5, "exec"),
    lambda: compile("1", "<s>", 5),
    lambda: compile("1", "<s>"),
    lambda: compile("1", "<s>", "exec", "x"),
    lambda: compile("1", "<s>", "exec", dont_inherit="x"),
    lambda: compile("1", "<s>", "exec", dont_inherit=1.5),
    lambda: compile("1", "<s>", "exec", 0, True, 2, _feature_version=3),
    lambda: eval(compile(b"1+1", b"<b>", "eval")),
    lambda: eval(compile(bytearray(b"2+2"), "<ba>", "eval")),
    lambda: eval(bytearray(b"3*3")),
    lambda: compile("a; b", "<s>", "single").co_filename,
    lambda: compile("a\nb", "<s>", "single"),
    lambda: eval(compile("1+2", "<s>", "eval", 0, False, 2)),
    lambda: compile("1", "<s>", "exec", 0, 0, 0, 0),
]
for t in tests:
    try:
        r = t()
        print("ok", r if not hasattr(r, "co_filename") else r.co_filename)
    except Exception as e:
        print(type(e).__name__, e)

exec(compile("5*5", "<s>", "single"))
exec(compile("if 1:\n  7\n  8\n", "<s>", "single"))
exec(compile("x = 3", "<s>", "single"))
sys.displayhook = lambda v: print("hook", repr(v))
exec(compile("'q'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("for i in range(2): i * 10\n", "<s>", "single"))
exec(compile("'not shown'", "<s>", "exec"))
