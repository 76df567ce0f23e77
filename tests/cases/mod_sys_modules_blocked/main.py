# sys.modules entries set to None block imports; module objects named by their __name__.
import sys
import types

sys.modules["helper"] = None
for stmt in ("import helper", "from helper import VALUE", "import helper.sub"):
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
del sys.modules["helper"]
import helper
print(helper.VALUE, sys.modules["helper"] is helper)

sys.modules["fake"] = 42
print(__import__("fake"))

m = types.ModuleType("dyn", "a doc")
print(repr(m), m.__doc__, m.__name__)
sys.modules["dyn"] = m
m.val = 7
exec("from dyn import val")
print(val)
m.__name__ = "renamed"
print(repr(m))
try:
    m.missing
except AttributeError as e:
    print("AttributeError", e)
m.__name__ = 5
print(repr(m))
try:
    m.missing
except AttributeError as e:
    print("AttributeError", e)
m.__file__ = "f.py"
print(repr(m))
del m.__name__
print(repr(m))
try:
    m.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    exec("from dyn import nope")
except ImportError as e:
    print("ImportError", e)
del m.__file__
print(repr(m))
print(repr(sys))
helper.__name__ = "other"
try:
    helper.missing
except AttributeError as e:
    print("AttributeError", e)
