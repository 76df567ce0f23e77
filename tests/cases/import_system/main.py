# Packages, subpackages, a namespace package, relative imports two levels up, circular
# imports (one that works, one that fails), __all__, reload, the __main__ guard and a
# module that extends sys.path.
import sys
import importlib

import app
import app.core.deep.leaf as leaf
from app.core import helper
from app import *
import ns_pkg.part.piece as piece
import ns_pkg
import path_changer
import plugin_in_extra

print("main name", __name__, "package", __package__)
print("app", app.__name__, app.__package__, app.__spec__.name, app.__spec__.parent)
print("leaf", leaf.__name__, leaf.__package__, leaf.describe())
print("helper", helper.value(), helper.__spec__.parent)
print("star", sorted(n for n in dir() if n.startswith("exported") or n.startswith("_hidden")))
print("namespace", piece.PIECE, ns_pkg.__file__, [p.rsplit("/", 1)[-1] for p in ns_pkg.__path__])
print("ns spec", ns_pkg.__spec__.origin, ns_pkg.__spec__.submodule_search_locations is not None)
print("path plugin", plugin_in_extra.NAME)
print("in sys.modules", "app.core.deep.leaf" in sys.modules, "ns_pkg.part" in sys.modules)

import cyc_a
print("circular ok", cyc_a.A, cyc_a.b_saw)
try:
    import bad_cycle_a
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)

m = importlib.import_module("app.core.helper")
print("import_module", m is helper, importlib.import_module(".deep", "app.core").__name__)
try:
    importlib.import_module("..x", "app")
except ImportError as e:
    print("ImportError:", e)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)

import counter
print("counter before", counter.COUNT)
counter.COUNT = 100
counter = importlib.reload(counter)
print("counter after reload", counter.COUNT, counter.LOADS)

try:
    import app.missing_mod
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from app.core import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    from . import sibling
except ImportError as e:
    print("ImportError:", e)
try:
    import app.core.helper.notpkg
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

if __name__ == "__main__":
    print("guard ran")
