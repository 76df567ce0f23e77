# obj.__dict__ = an instance of a dict subclass: vars(obj) and obj.__dict__ give that same
# object back, attributes live in it; setattr with a str subclass name keeps the name
# object as the dict's key (an existing entry keeps its key, as any dict store does).
import sys

class Namespace(dict):
    def __setitem__(self, k, v):
        print("never called by attribute stores", k)

class Plain:
    pass

o = Plain()
o.before = 0
ns = Namespace(x=1)
o.__dict__ = ns
print(type(vars(o)).__name__, type(o.__dict__).__name__, vars(o) is ns, o.__dict__ is ns)
o.y = 2
print(o.x, o.y, dict(ns), hasattr(o, "before"), sorted(dir(o))[-2:])
del o.x
print(dict(ns), vars(o) is ns)
dict.__setitem__(ns, "z", 3)
print(o.z)
o.__dict__ = {"plain": True}
print(type(vars(o)).__name__, vars(o))
del o.__dict__
print(vars(o))
try:
    o.__dict__ = ["not", "a", "dict"]
except TypeError as e:
    print(type(e).__name__, e)

class WithDictSlot:
    __slots__ = ("__dict__",)
w = WithDictSlot()
w.__dict__ = Namespace(q=5)
print(type(w.__dict__).__name__, w.q)

class S(str):
    pass

p = Plain()
p.a = 1
setattr(p, S("a"), 2)
setattr(p, S("b"), 3)
p.b = 4
print([type(k).__name__ for k in vars(p)], vars(p))
delattr(p, S("b"))
print(vars(p), hasattr(p, "b"))
object.__setattr__(p, S("c"), 5)
print([type(k).__name__ for k in p.__dict__], p.c)

class Hook:
    def __setattr__(self, name, v):
        print("__setattr__ got", type(name).__name__, name)
        object.__setattr__(self, name, v)
h = Hook()
setattr(h, S("k"), 1)
h.j = 2
print([type(k).__name__ for k in vars(h)], h.k, h.j)

setattr(Plain, S("cls_attr"), 1)
print([type(k).__name__ for k in vars(Plain) if k == "cls_attr"], Plain.cls_attr)
m = type(sys)("m")
setattr(m, S("q"), 1)
print([type(k).__name__ for k in vars(m) if k == "q"], m.q)

d = {S("key"): 1}
d["key"] = 2
print(d, len(d), [type(k).__name__ for k in d])
del d["key"]
print(d)
