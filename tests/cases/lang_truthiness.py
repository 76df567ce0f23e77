class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class Ln:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("len called")
        return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither: pass

print(bool(B(True)), bool(B(False)))
print(bool(Ln(0)), bool(Ln(3)))
print(bool(Both()), bool(Neither()))
if Ln(0):
    print("yes")
else:
    print("no")
print(not B(False))
print(B(False) or "alt")
print(Ln(2) and "and")

class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
for v in (0, 0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None, -1, "0", [0], 1e-300):
    print(repr(v), bool(v))
x = [Ln(0), B(True)]
print([type(i).__name__ for i in x if i])
print(any(Ln(0) for _ in range(2)), all([B(True), Ln(1)]))
