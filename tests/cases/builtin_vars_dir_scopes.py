# vars(), dir() on classes/instances/modules (sorted), globals() and locals() in various scopes,
# delattr and the errors of each.
class Base:
    base_attr = 1
    def base_method(self):
        pass

class Thing(Base):
    """doc"""
    cls_attr = "c"
    def __init__(self):
        self.inst_attr = 2
        self._private = 3
    def method(self):
        return locals()
    @property
    def prop(self):
        return 4

t = Thing()
print(vars(t), sorted(vars(Thing)) == sorted(Thing.__dict__), "method" in vars(Thing), "base_attr" in vars(Thing))
user_names = [n for n in dir(t) if not n.startswith("__")]
print(user_names)
print([n for n in dir(Thing) if not n.startswith("__")], dir(t) == sorted(dir(t)))
print("__init__" in dir(t), "__class__" in dir(t), "__dict__" in dir(Thing), "mro" in dir(Thing), "mro" in dir(type))
print([n for n in dir(int) if not n.startswith("_")][:6], len([n for n in dir([]) if not n.startswith("_")]))
print(sorted(n for n in dir(Base()) if not n.startswith("__")), sorted(t.method()))

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

for bad in (5, "s", [1], None):
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(t, t)
except TypeError as e:
    print(type(e).__name__, e)

# globals() is the module namespace and writable
g = globals()
g["injected"] = "via globals"
print(injected, "Thing" in g, g["__name__"], globals() is g, "__builtins__" in g)

def scope_demo(a, b=2, *args, **kw):
    c = a + b
    snapshot = locals()
    print(sorted(snapshot), snapshot["args"], snapshot["kw"])
    def inner():
        return sorted(locals())
    def uses_free():
        return c, sorted(locals())
    print(inner(), uses_free())
    return "g" in locals(), "a" in globals()
print(scope_demo(1, 3, 4, k=5))

def comprehension_locals():
    x = 1
    return [sorted(locals()) for _ in range(1)]
print(comprehension_locals())

class Body:
    first = 1
    names_so_far = sorted(k for k in locals() if not k.startswith("__"))
    second = 2
print(Body.names_so_far, sorted(k for k in vars(Body) if not k.startswith("__")))
print(sorted(locals()) == sorted(globals()), vars() is globals())

# delattr on instances, classes and errors
class Holder:
    shared = "class level"
h = Holder()
h.x = 1
delattr(h, "x")
print(hasattr(h, "x"), h.shared)
try:
    delattr(h, "shared")
except AttributeError as e:
    print(type(e).__name__, e)
delattr(Holder, "shared")
print(hasattr(h, "shared"))
for args in ((h, 5), (h,), (5, "real")):
    try:
        delattr(*args)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
del g["injected"]
try:
    injected
except NameError as e:
    print(type(e).__name__, e)
