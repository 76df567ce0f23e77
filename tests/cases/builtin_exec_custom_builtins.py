# exec/eval with a custom __builtins__: names fall back to it, not to the real builtins.
import sys

try:
    exec("print(len)", {'__builtins__': {}})
except NameError as e:
    print("empty:", type(e).__name__, e)

exec("print(len('abc'), 'only len and print')", {'__builtins__': {'len': len, 'print': print}})
try:
    exec("print(abs(-1))", {'__builtins__': {'print': print}})
except NameError as e:
    print("missing:", e)

# Functions made by such code keep those builtins when called later.
g = {'__builtins__': {'len': lambda x: 42, 'print': print}}
exec("def f(s):\n    return len(s)\nprint('inside', f('a'))", g)
print("later", g['f']('abc'))
print("real", len('abc'))
exec("def h():\n    return abs", g)
try:
    g['h']()
except NameError as e:
    print("h:", e)

# Globals without __builtins__ get the running builtins inserted (a dict).
g = {}
exec('', g)
print('__builtins__' in g, type(g['__builtins__']).__name__)
g2 = {}
eval('1', g2)
print(type(g2['__builtins__']).__name__, g2['__builtins__'] is g['__builtins__'])
print(eval("len", {'__builtins__': {'len': 5}}))
print(eval("len", {}) is len)

# A module object as __builtins__ stands for its dict.
m = type(sys)('mybuiltins')
m.len = lambda x: -1
m.print = print
exec("print('module', len([]))", {'__builtins__': m})
try:
    exec("abs(1)", {'__builtins__': m})
except NameError as e:
    print("module missing:", e)

# Class statements need __build_class__; imports need __import__.
g = {'__builtins__': {}}
try:
    exec("class K: pass", g)
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("import sys", g)
except ImportError as e:
    print(type(e).__name__, e)
g = {'__builtins__': {'__build_class__': __build_class__, '__name__': 'fake'}}
exec("class K:\n    pass", g)
print(g['K'].__module__)

# Nested exec inherits the builtins of the code that runs it.
inner = {'__builtins__': {'exec': exec, 'print': print, 'type': type, 'sorted': sorted,
                           'len': lambda s: 'inner len'}}
exec("ns = {}\nexec('print(len(1))', ns)\nprint(type(ns['__builtins__']).__name__, sorted(ns['__builtins__']))", inner)

# Frame builtins: f_builtins reflects them.
exec("import sys as s\nprint(sorted(s._getframe().f_builtins))",
     {'__builtins__': {'__import__': __import__, 'print': print, 'sorted': sorted}})

def real():
    return sys._getframe().f_builtins is __builtins__.__dict__
print("real frame builtins:", real())

# Rebinding __builtins__ in module-like code affects functions defined after it.
g = {}
exec("__builtins__ = {'x': 1}\ndef f():\n    return x\n", g)
print("rebound:", g['f']())

# One code object run with different builtins: each run sees its own.
code = compile("def get():\n    return [tag() for _ in range(2)]\nout = get()\n", "<multi>", "exec")
for tag in ("first", "second", "first"):
    ns = {'__builtins__': {'range': range, 'tag': lambda t=tag: t}}
    exec(code, ns)
    print(tag, ns['out'], ns['get']())

# Generators, nested closures and methods made there keep the builtins too.
g = {'__builtins__': {'len': lambda x: 'fake', '__build_class__': __build_class__, 'range': range,
                      '__name__': 'b'}}
exec("""
def gen():
    yield len('a')
    yield len('bb')
def outer():
    def inner():
        return len(())
    return inner
class K:
    def m(self):
        return len([])
makers = [lambda: len(1) for i in range(3)]
""", g)
print(list(g['gen']()), g['outer']()(), g['K']().m(), [f() for f in g['makers']])
for name in ('gen', 'outer'):
    try:
        print(g[name].__globals__ is g, 'sum' in dir(g['__builtins__']))
    except Exception as e:
        print(type(e).__name__, e)
