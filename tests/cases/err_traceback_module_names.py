# The class name in the last line of a report: qualified by `__module__` unless that is
# `__main__` or `builtins`, and `<unknown>.` when `__module__` is not a string.
import sys


class Outer:
    class E(Exception):
        pass


E = Outer.E
for module in ("pkg.mod", "builtins", None):
    E.__module__ = module
    sys.__excepthook__(E, E(module), None)
Made = type("Made", (LookupError,), {})
sys.__excepthook__(Made, Made("made by type()"), None)
E.__module__ = 5
raise E("not a string")
