# from module import * honours __all__ and skips underscore names otherwise.
from exported import *
from noall import *

print(public_one(), public_two)
print("hidden_helper" in dir(), "_private" in dir())
print(visible, "_secret" in dir())
