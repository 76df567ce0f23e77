# Two user modules that use each other's functions, imported by the main script.
import textutil
from mathutil import square, describe

print(square(7))
print(describe(12))
print(textutil.shout("hello"))
print(textutil.report([1, 2, 3]))
