# __bool__, __contains__, __getattr__, __setattr__, __init_subclass__, __class_getitem__-free.
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool called")
        return self.on
print(bool(Flag(True)), not Flag(False))
if Flag(True) and Flag(False):
    print("no")
else:
    print("short-circuit on bool")

class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")
d = Dyn()
d.real = "real"
print(d.xy, d.real, hasattr(d, "zz"), getattr(d, "zz", "dflt"))

class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
l = Logged()
l.a = 1
print(l.a)

class Plugin:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Plugin.subclasses.append((cls.__name__, kw.get("tag")))
class P1(Plugin, tag="one"):
    pass
class P2(Plugin):
    pass
print(Plugin.subclasses)

class Slots:
    __slots__ = ("a",)
s = Slots()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
