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
