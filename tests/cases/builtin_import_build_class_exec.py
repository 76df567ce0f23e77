# __import__ and __build_class__ called directly, plus exec/eval namespace subtleties:
# separate globals/locals, class bodies in exec, 'single' mode, and code object reuse.
import sys
import builtins

m = __import__("sys")
print(m is sys, __import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__.endswith("path"))
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)

# replacing builtins.__import__ intercepts import statements
original = builtins.__import__
seen = []
def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, tuple(fromlist or ()), level))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = tracing_import
try:
    import sys as _s
    from sys import version_info
finally:
    builtins.__import__ = original
print(seen, _s is sys, version_info[0])

# __build_class__ is what the class statement calls
def body():
    x = 1
Built = __build_class__(body, "Built")
print(Built.__name__, hasattr(Built, "x"), Built.__qualname__, [c.__name__ for c in Built.__mro__])
Built.method = lambda self: "method result"
Derived = __build_class__(lambda: None, "Derived", Built)
print(Derived.__bases__[0] is Built, Derived().method())
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["meta_kw"] = kw
        return super().__new__(mcs, name, bases, ns)
WithMeta = __build_class__(lambda: None, "WithMeta", metaclass=Meta, flavour="x")
print(type(WithMeta).__name__, WithMeta.meta_kw)
for args in ((), (5, "Name"), (lambda: None,), (lambda: None, 5)):
    try:
        __build_class__(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# exec with separate globals and locals: functions defined inside see globals only
g = {"shared": "global value"}
l = {}
exec("local_var = 1\ndef f():\n    return shared\nresult = f()", g, l)
print(sorted(l), l["result"], "f" in g, "local_var" in g)
try:
    exec("y = 2\ndef h():\n    return y\nh()", {}, {})
except NameError as e:
    print(type(e).__name__, e)

# class bodies inside exec use the given locals as their scope
ns = {}
exec("class K:\n    a = 1\n    b = a + 1\n", ns)
print(ns["K"].b, ns["K"].__module__ if "__name__" in ns else "module from builtins", "__builtins__" in ns)

# eval sees locals first, then globals, then builtins
print(eval("len(x) + y", {"x": "abc"}, {"y": 10}), eval("len", {"len": "shadowed"}), eval("__name__", {"__name__": "custom"}))
print(eval("[k for k in range(n)]", {"n": 3}), eval("lambda: z", {"z": 9})())

# 'single' mode prints expression values via sys.displayhook
code = compile("1 + 1\nNone\n'text'", "<single>", "single") if False else compile("40 + 2", "<single>", "single")
exec(code)
exec(compile("x = 5", "<single>", "single"), {})
try:
    compile("1\n2", "<single>", "single")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# a code object can be run repeatedly with different namespaces
counter_code = compile("total = total + step", "<counter>", "exec")
space = {"total": 0, "step": 3}
for _ in range(4):
    exec(counter_code, space)
print(space["total"], counter_code.co_name, counter_code.co_filename, sorted(counter_code.co_names))

# exec/eval return values and errors
print(exec("1 + 1"), eval("(1, 2)"), eval(compile("3 ** 2", "<e>", "eval")))
for src, mode in (("return 1", "exec"), ("yield 1", "exec"), ("x =", "exec"), ("a b", "eval")):
    try:
        compile(src, "<err>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(type(e).__name__, e)
try:
    eval("1", [])
except TypeError as e:
    print(type(e).__name__, e)
