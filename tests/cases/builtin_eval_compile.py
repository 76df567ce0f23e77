# compile(): the three modes, 'single' printing expression values as the REPL does,
# flags/dont_inherit/optimize, and the errors.
import sys

code = compile("1 + 2", "<s>", "single")
print(type(code).__name__, code.co_filename)
exec(code)
exec(compile("'text'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("x = 5; x * 2", "<s>", "single"))
exec(compile("for i in range(3): i * i\n", "<s>", "single"))
exec(compile("if True:\n    'a'\n    'b'\n", "<s>", "single"))
exec(compile("def g():\n    return 99\n", "<s>", "single"))
exec(compile("g()", "<s>", "single"))
exec(compile("[1, 2]", "<s>", "single"))
print(_)


def hook(value):
    print("hook got", repr(value))


sys.displayhook = hook
exec(compile("6 * 7", "<s>", "single"))
sys.displayhook = sys.__displayhook__


def inside():
    local = "seen"
    exec(compile("local", "<s>", "single"))


inside()

for src in ["1\n2\n", "def f():\n    5\nf()\n", "x = 1\ny = 2\n"]:
    try:
        compile(src, "<s>", "single")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)

print(eval(compile("1 + 1", "<s>", "eval", 0, True)))
print(eval(compile("2 + 2", "<s>", "eval", flags=0, dont_inherit=True, optimize=0)))
ns = {}
exec(compile("a = 1\nb = a + 1", "<s>", "exec"), ns)
print(ns["a"], ns["b"])
print(eval(compile(b"3 * 3", b"<bytes>", "eval")))
for bad in ('compile("1", "<s>", "bogus")', 'compile("1", "<s>", 3)',
            'compile("1", 3, "exec")', 'compile("1", "<s>", "exec", 1 << 30)',
            'compile("1", "<s>", "exec", optimize=5)', 'compile("1", "<s>", "exec", "x")',
            'compile(1, "<s>", "exec")', 'compile("1", "<s>")',
            'compile("1", "<s>", "exec", 0, 0, 0, 0)', 'compile("1", "<s>", "exec", flag=0)'):
    try:
        exec(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    compile("x = ", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    compile("x = 1", "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError", e.msg)
