# None, True, False are singletons with fixed behaviour.
print(None, repr(None), str(None), bool(None), type(None).__name__)
print(True, False, True + True, True * 3, -True, True / 2, False ** 0)
print(int(True), float(False), str(True).lower(), bool("False"))
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(None is None, [None] * 2, {None: None})
def f():
    pass
print(f() is None, print("inner") is None)
print(True.__class__.__name__, issubclass(bool, int), bool.__mro__[1].__name__)
try:
    bool.__new__(bool)
    print("bool() ->", bool())
except TypeError as e:
    print("TypeError:", e)
print(sum([True] * 5), sorted([True, False, True]), max(False, True))
