# exec/eval with a __builtins__ that is a mapping but not a dict, or a dict subclass
# with __missing__; globals that are a dict subclass with __missing__.
class M:
    def __init__(self, d): self.d = d
    def __getitem__(self, k):
        print('get', k)
        return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
class DM(dict):
    def __missing__(self, k):
        print('missing', k)
        return 42
code = compile("print(len('ab')); print(foo)", 'c', 'exec')
for b in [M({'print': print, 'len': len}), DM(print=print, len=len)]:
    try:
        exec(code, {'__builtins__': b})
    except Exception as e:
        print(type(e).__name__, e)
# function body uses LOAD_GLOBAL
fcode = compile("def f():\n    return (len('abc'), bar)\nprint(f())", 'c2', 'exec')
for b in [M({'print': print, 'len': len}), DM(print=print, len=len)]:
    try:
        exec(fcode, {'__builtins__': b})
    except Exception as e:
        print(type(e).__name__, e)
# globals being a dict subclass with __missing__
class G(dict):
    def __missing__(self, k):
        print('gmissing', k)
        return 'G-' + k
g = G()
try:
    exec("print(zed)", g)
except TypeError as e:
    print("TypeError", e)
exec("def h():\n    return zed\n", g)
print("h defined", "h" in g)
try:
    exec("print(1)", {'__builtins__': 5})
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("x = len", {'__builtins__': 5})
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("def k(): return len\nk()", {'__builtins__': 5})
except Exception as e:
    print(type(e).__name__, e)
ns = {'__builtins__': M({'print': print})}
try:
    exec("print(undefined_name)", ns)
except Exception as e:
    print(type(e).__name__, e)
print(eval("zed2", G()))
print(eval("len('abc')", {'__builtins__': DM(len=len)}), eval("nope", {'__builtins__': DM()}))
