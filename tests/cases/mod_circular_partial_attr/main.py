# Attributes missing from a module still running its top level (a circular import) are
# reported as from a "partially initialized module"; once it finishes, plainly.
import first
import second
print(first.VALUE)
try:
    first.MISSING
except AttributeError as e:
    print("AttributeError", e)
import sys
this = sys.modules[__name__]
try:
    this.not_yet
except AttributeError as e:
    print("AttributeError", e)
