class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xyz)
try:
    l.abc
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(l, "abc", "default"), hasattr(l, "xq"), hasattr(l, "q"))

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
o = Logged()
o.a = 1
print(o.a)
del o.a
try:
    o.a
except AttributeError as e:
    print(type(e).__name__, e)
print(o.log)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen(3)
print(f.v)
for act in ("set", "del"):
    try:
        if act == "set":
            f.v = 4
        else:
            del f.v
    except AttributeError as e:
        print(type(e).__name__, e)

class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))

class GA:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom missing")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
g = GA()
print(g.boom, g.other)

class NoAttr:
    pass
n = NoAttr()
try:
    del n.missing
except AttributeError as e:
    print(type(e).__name__, e)
setattr(n, "dyn", 5)
print(n.dyn, getattr(n, "dyn"))
delattr(n, "dyn")
print(hasattr(n, "dyn"))
try:
    getattr(n, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(n, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
