# __getattr__, __getattribute__, __setattr__, __delattr__ working together.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append("getattr " + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append("setattr " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append("delattr " + name)
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.a = 1
    def hello(self):
        return "hello from Target"

t = Target()
p = Proxy(t)
print(p.a, p.hello())
p.b = 2
print(t.b, vars(t), "b" in vars(p))
del p.a
print(hasattr(t, "a"))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(p._log)

# __getattribute__ sees every access, including methods and dunders fetched by attribute syntax
class Spy:
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("  access", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x * 2
s = Spy()
print(s.method())
print(s.__class__.__name__)
print(len([s.x for _ in range(2)]))

# __getattribute__ raising AttributeError falls back to __getattr__
class Fallback:
    real = "real value"
    def __getattribute__(self, name):
        if name.startswith("virtual_"):
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback for " + name
f = Fallback()
print(f.real, "|", f.virtual_one, "|", f.other)
print(getattr(f, "virtual_two"), hasattr(f, "virtual_three"))

# other exceptions from __getattr__ propagate through hasattr/getattr with default
class Angry:
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("boom!")
        raise AttributeError("Angry has no %r" % name)
a = Angry()
print(hasattr(a, "calm"), getattr(a, "calm", "default"))
try:
    hasattr(a, "boom")
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.calm
except AttributeError as e:
    print(type(e).__name__, e)

# validation in __setattr__ and read-only attributes
class Frozen:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError("cannot assign to field %r" % name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete field %r" % name)
    def __repr__(self):
        return "Frozen(x=%r, y=%r)" % (self.x, self.y)
fr = Frozen(1, 2)
for action in (lambda: setattr(fr, "x", 5), lambda: delattr(fr, "y"), lambda: exec("fr.z = 1", {"fr": fr})):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(fr)

# __setattr__ calling super() and counting
class Counted:
    def __init__(self):
        self.sets = 0
        self.value = None
    def __setattr__(self, name, value):
        if name != "sets":
            super().__setattr__("sets", self.sets + 1)
        super().__setattr__(name, value)
c = Counted()
c.value = 3
c.value = 4
c.other = 5
print(c.sets, c.value, sorted(vars(c)))

# __getattr__ is not used for implicit dunder lookup
class NoImplicit:
    def __getattr__(self, name):
        return lambda *a: "via getattr"
n = NoImplicit()
print(n.__len__())
try:
    len(n)
except TypeError as e:
    print(type(e).__name__, e)

# plain AttributeError messages
class Plain:
    pass
try:
    Plain().nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Plain.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Plain().nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.real = 5
except TypeError as e:
    print(type(e).__name__, e)
