# Failed imports raise ModuleNotFoundError / ImportError, which can be caught.
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)

try:
    from helpers import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])

try:
    import helpers.not_a_package
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

import helpers
print(helpers.present())
print(issubclass(ModuleNotFoundError, ImportError))

# name and path: the module's file for a source module, None for a built-in one.
try:
    from helpers import missing_name
except ImportError as e:
    print("name:", e.name, "| path ends with helpers.py:", e.path.endswith("helpers.py"))
try:
    from sys import missing_name
except ImportError as e:
    print(e, "| name:", e.name, "| path:", e.path)
try:
    import does_not_exist.sub
except ModuleNotFoundError as e:
    print(e, "| name:", e.name, "| path:", e.path)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e, "| name:", e.name)
