print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval("  3"))
ns = {}
exec("a = 5\ndef sq(n):\n    return n * n\nb = sq(a)", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
exec("print('exec prints', 1 + 1)")
loc = {}
exec("z = 10", {}, loc)
print(loc)
code = compile("3 * 7", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
code2 = compile("print('compiled exec')\nq = 1", "<s>", "exec")
exec(code2)
print(q)
print(eval("[i * i for i in range(4)]"), eval("(lambda: 'lam')()"))
for bad, mode in (("1 +", "eval"), ("x = 1", "eval"), ("def", "exec")):
    try:
        compile(bad, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("1", "<m>", "weird")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(type(e).__name__, e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
g = {"v": 1}
exec("v += 1\nw = v", g)
print(g["v"], g["w"])
print(eval(b"2 ** 10"), eval("1 if True else 2"), exec("pass"))
m = __import__("math")
print(m.floor(2.5), __import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__.endswith("path"))
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(eval("{'k': 1}")["k"], eval("(1,)"), eval("...") is Ellipsis)
