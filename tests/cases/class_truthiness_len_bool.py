# Truth testing through __bool__ and __len__, and the errors for bad return values.
class Empty:
    pass
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class Both:
    def __bool__(self):
        print("  __bool__ called")
        return True
    def __len__(self):
        print("  __len__ called")
        return 0

print(bool(Empty()), bool(WithLen(0)), bool(WithLen(3)), bool(WithBool(False)), bool(WithBool(True)))
print(bool(Both()))
print("if:", "yes" if WithLen(2) else "no", "not:", not WithLen(0))
print([x.n for x in (WithLen(0), WithLen(1), WithLen(2)) if x])
print(WithLen(0) or "fallback", WithLen(5) and "second", (WithLen(0) and 1).n)

count = 0
w = WithLen(3)
while w:
    count += 1
    w.n -= 1
print("loop ran", count)

bad_values = [1, "yes", None, 1.0, [True]]
for v in bad_values:
    try:
        bool(WithBool(v))
    except TypeError as e:
        print(type(e).__name__, e)

class BoolSubclass(int):
    pass
try:
    bool(WithBool(BoolSubclass(1)))
except TypeError as e:
    print(type(e).__name__, e)

for n in (-1, 2 ** 70, 1.5, "3"):
    try:
        print(bool(WithLen(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for n in (-1, 2 ** 70, 1.5):
    try:
        print(len(WithLen(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

class IndexLike:
    def __index__(self):
        return 4
print(len(WithLen(IndexLike())), bool(WithLen(IndexLike())), len(WithLen(True)))

# __bool__ = None makes truth testing an error; __len__ is then not consulted
class NoTruth:
    __bool__ = None
    def __len__(self):
        return 1
try:
    bool(NoTruth())
except TypeError as e:
    print(type(e).__name__, e)

# inherited __bool__ from builtins
class MyList(list):
    pass
class MyInt(int):
    def __bool__(self):
        return True
print(bool(MyList()), bool(MyList([0])), bool(MyInt(0)), MyInt(0) == 0)
print(all([WithLen(1), WithBool(True)]), any([WithLen(0), WithBool(False)]))

# builtins' truth values
for v in (0, 0.0, -0.0, 0j, "", b"", (), [], {}, set(), frozenset(), range(0), None, float("nan"), " ", (0,), range(1, 1), bytearray(1)):
    print(repr(v), bool(v))

# exceptions from __bool__ and __len__ propagate through conditionals
class Broken:
    def __bool__(self):
        raise RuntimeError("no truth here")
try:
    if Broken():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    print(not Broken())
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    print([1, 2] and Broken() or 3)
except RuntimeError as e:
    print(type(e).__name__, e)
