# The attributes exception classes take from their constructors, and the ones tote sets
# on the errors it raises itself (attribute look-ups, names, imports).
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

e = AttributeError("msg", name="nm", obj=5)
print(e.name, e.obj, e.args, str(e), repr(e))
print(AttributeError().name, AttributeError().obj)
show("AttributeError(name=1, x=2)", lambda: AttributeError(name=1, x=2))
show("AttributeError(name=1, obj=2, x=3)", lambda: AttributeError(name=1, obj=2, x=3))
class K:
    pass
for get in [lambda: K().zz, lambda: (1).zz, lambda: K.zz, lambda: "s".zz]:
    try:
        get()
    except AttributeError as ex:
        print(ex.name, type(ex.obj).__name__, ex)
print(NameError("m", name="x").name, NameError().name, NameError("a").args)
show("NameError(obj=1)", lambda: NameError(obj=1))
show("NameError('a', name='n', x=1)", lambda: NameError("a", name="n", x=1))
try:
    undefined_name
except NameError as ex:
    print(ex.name, ex.args)
def f():
    print(loc)
    loc = 1
try:
    f()
except UnboundLocalError as ex:
    print(type(ex).__name__, ex.name, ex.args)
e = ImportError("m", name="n", path="p")
print(e.msg, e.name, e.path, e.args, str(e), repr(e))
e = ImportError()
print(e.msg, e.name, e.path, repr(str(e)))
e = ImportError("a", "b")
print(e.msg, str(e))
e = ImportError("m")
e.msg = "changed"
print(e.msg, str(e), e.args)
show("ImportError(x=1)", lambda: ImportError(x=1))
show("ImportError(name=1, path=2, x=3)", lambda: ImportError(name=1, path=2, x=3))
show("ModuleNotFoundError(x=1)", lambda: ModuleNotFoundError(x=1))
print(ModuleNotFoundError("x", name="y").name)
try:
    import no_such_module_here
except ModuleNotFoundError as ex:
    print(ex.name, ex.msg, ex.path, ex.args, ex)
try:
    from sys import nothing_here
except ImportError as ex:
    print(type(ex).__name__, ex.name, ex.msg)
try:
    import no_pkg_here.sub
except ImportError as ex:
    print(type(ex).__name__, ex.name, ex)
class MyImport(ImportError):
    def __init__(self, m):
        super().__init__(m, name="mine")
e = MyImport("hello")
print(e.name, e.msg, e.path, str(e))
show("ValueError(x=1)", lambda: ValueError(x=1))
show("KeyError(x=1)", lambda: KeyError(x=1))
class WithKw(Exception):
    def __init__(self, a, b=0):
        super().__init__(a, b)
print(WithKw(1, b=2).args)
