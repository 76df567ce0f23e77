# eval/exec with a mapping (not a dict) as locals: names go through its item protocol.
class M:
    def __init__(self, **kw):
        self.d = dict(kw)
        self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k))
        return self.d[k]
    def __setitem__(self, k, v):
        self.log.append(('set', k))
        self.d[k] = v
    def __delitem__(self, k):
        self.log.append(('del', k))
        del self.d[k]

m = M(y=10)
print(eval("y + 1", {}, m), m.log)
exec("z = y * 2\nw = len([1])\ndel z", {}, m)
print(m.log, m.d)
for src in ("del q", "nope"):
    try:
        exec(src, {}, m)
    except NameError as e:
        print("NameError", e)
print(eval("g1 + y", {'g1': 5}, M(y=1)), "globals are the fallback")

class ReadOnly:
    def __getitem__(self, k):
        if k == 'a':
            return 1
        raise KeyError(k)
print(eval("a + abs(-2)", {}, ReadOnly()))
for src in ("b = 1", "del a"):
    try:
        exec(src, {}, ReadOnly())
    except Exception as e:
        print(type(e).__name__, e)

class Bad:
    def __getitem__(self, k):
        raise ValueError("boom " + k)
try:
    eval("x", {}, Bad())
except Exception as e:
    print(type(e).__name__, e)

class Missing(dict):
    def __missing__(self, k):
        return k.upper()
print(eval("foo + len", {}, Missing()))
class Always7(dict):
    def __getitem__(self, k):
        return 7
print(eval("q", {}, Always7(q=1)))
d = Missing()
exec("v = 3", {}, d)
print(d)

# What the code sees: locals() is the mapping; functions, classes and imports store into it.
m = M()
exec("def f():\n    return y\nclass C:\n    pass\nimport sys as s\nsame = locals() is mm",
     {'y': 5, 'mm': m}, m)
print(sorted(m.d), m.d['f'](), m.d['same'], m.d['C'].__module__)
m = M()
exec("global g1\ng1 = 3\nx: int = 5", {}, m)
print(m.d, m.log)
m = M(k=1)
exec("exec('k2 = k + 1')", {}, m)
print(m.d)

# The errors for arguments that are not namespaces.
for bad in (1, None.__class__):
    for f in (eval, exec):
        try:
            f("1", {}, bad)
        except TypeError as e:
            print(f.__name__, e)
print(eval("1", {}, [1]), eval("1", {}, "s"), "sequences pass the mapping check")
for bad in (1, [1], M()):
    for f in (eval, exec):
        try:
            f("1", bad)
        except TypeError as e:
            print(f.__name__, e)
print(eval("k", Missing(k=2)), "a dict subclass is accepted as globals")
for f in (eval, exec):
    try:
        f("1", None, 1)
    except TypeError as e:
        print(f.__name__, e)

# dir() and vars() without arguments list the mapping.
class Plain(dict):
    pass
exec("b = 2\nprint(sorted(dir()), sorted(vars()))", {}, Plain(a=1))
class Keyed:
    def __getitem__(self, k):
        raise KeyError(k)
    def keys(self):
        return iter(['z', 'a'])
exec("print(dir())", {}, Keyed())
class BadKeys(Keyed):
    def keys(self):
        return 5
for ns in (ReadOnly(), BadKeys()):
    try:
        exec("dir()", {}, ns)
    except Exception as e:
        print(type(e).__name__, e)
