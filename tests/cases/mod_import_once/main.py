# A module imported several times, several ways, runs its top level once.
import counter
import counter
from counter import bump
import counter as again
import sys

print(counter.LOADS)
bump()
bump()
print(again.total, counter is again, sys.modules["counter"] is counter)
import counter
print(counter.total)

def late():
    import counter
    return counter.total
print(late())
