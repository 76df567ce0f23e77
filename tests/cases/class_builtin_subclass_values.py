# Builtins read an instance of a str or set subclass as CPython's type checks do.
class MyS(str): pass
class MySet(set): pass
class HashableSet(set):
    def __hash__(self): return 7

for make in (lambda: bytes(MyS("ab")), lambda: bytes(MyS("ab"), "ascii"),
             lambda: bytearray(MyS("ab")), lambda: bytearray(MyS("é"), "utf-8"),
             lambda: bytes(MyS("ab"), errors="strict"),
             lambda: complex(MyS("1+2j")), lambda: complex(MyS("nope")),
             lambda: complex(MyS("1"), 2)):
    try: print(repr(make()))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)

s = {frozenset({1}), frozenset()}
print(MySet({1}) in s, MySet() in s, MySet({2}) in s)
s.discard(MySet({1})); print(sorted(map(len, s)))
s.remove(MySet()); print(s)
try: s.remove(MySet({3}))
except KeyError as e: print("KeyError", e)
# A set subclass with its own hash is looked up by that hash.
print(HashableSet({1}) in {frozenset({1})})
try: MySet({1}) in {1: 2}
except TypeError as e: print(e)
