# CPython shows at most 15 sub-exceptions and 10 levels of nested groups.
import sys

wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
sys.excepthook(type(wide), wide, None)
deep = KeyError("bottom")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep, IndexError(level)])
print("raising")
raise deep
