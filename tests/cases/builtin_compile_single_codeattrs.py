# compile(..., "single"): expression statements shown through sys.displayhook, one
# statement only; code objects' co_* attributes; a replaced builtins.__import__ is what
# import statements call.
import sys
import builtins

shown = []
sys.displayhook = shown.append
for src in ["40 + 2", "1; 2", "x = 5", "None", "'text'", "if True:\n    7\n    8\n", "[i * i for i in range(3)]",
            "class A:\n    9\n", "def f():\n    10\n", "try:\n    11\nfinally:\n    12\n", "for i in range(2): i\n", "async def g():\n    13\n"]:
    exec(compile(src, "<single>", "single"), {})
sys.displayhook = sys.__displayhook__
print(shown)
exec(compile("6 * 7", "<single>", "single"))
exec(compile("'shown'", "<single>", "single"))
print(_)
del sys.displayhook
try:
    exec(compile("1", "<single>", "single"))
except RuntimeError as e:
    print("RuntimeError", e)
sys.displayhook = sys.__displayhook__
for src in ["1\n2", "1;2\n3", "import sys\nsys", "x = (1,\n 2)\ny", "if 1:\n  pass\n3", "return 1", "(yield)", "  1", ""]:
    try:
        compile(src, "<single>", "single")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset if e.lineno else None)
try:
    compile("1", "<x>", "interactive")
except ValueError as e:
    print("ValueError", e)

# code objects
def make(a, /, b, *args, c, d=1, **kw):
    x = 1
    def inner():
        return x + a
    return inner
co = make.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, hex(co.co_flags), co.co_firstlineno, co.co_stacksize > 0)
inner = make(1, 2, c=3).__code__
print(inner.co_name, inner.co_qualname, inner.co_freevars, inner.co_cellvars, inner.co_varnames, hex(inner.co_flags))
module = compile("a = b + c\nimport os.path\nfrom q import r as s\ndel a\nt.u.v = 1", "<x>", "exec")
print(sorted(module.co_names), module.co_varnames, hex(module.co_flags), module.co_filename, module.co_name)
def gen():
    yield
async def coro():
    pass
async def agen():
    yield
class K:
    def method(self):
        return __class__
print(hex(gen.__code__.co_flags), hex(coro.__code__.co_flags), hex(agen.__code__.co_flags))
print(K.method.__code__.co_freevars, hex(K.method.__code__.co_flags), hex((lambda *a, **k: 0).__code__.co_flags))
print(compile("x", "<e>", "eval").co_flags, type(co.co_consts).__name__, None in make.__code__.co_consts or 1 in co.co_consts)
print([type(c).__name__ for c in co.co_consts if type(c).__name__ == "code"])
coro().close()

# builtins.__import__ replaced: import statements call it
original = builtins.__import__
calls = []
def hook(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level, type(globals).__name__, locals is None or type(locals).__name__))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = hook
try:
    import sys as s1
    from os import path
    import os.path
    def local_import():
        import sys
        return sys
    local_import()
finally:
    builtins.__import__ = original
print(calls)
print(s1 is sys, path is os.path)
builtins.__import__ = lambda *a, **k: "fake"
try:
    import anything_at_all
    from whatever import name
except ImportError as e:
    print("ImportError", e)
finally:
    builtins.__import__ = original
print(anything_at_all)
del builtins.__import__
try:
    import sys
except ImportError as e:
    print("ImportError", e)
finally:
    builtins.__import__ = original
import sys as again
print(again is sys)
try:
    eval("1", [])
except TypeError as e:
    print("TypeError", e)
try:
    eval("1", 5)
except TypeError as e:
    print("TypeError", e)
