# len of many types; bool; and assorted small builtins.
print(len("abc"), len([1, 2]), len((1,)), len({1: 1}), len({1, 2, 3}), len(range(5)), len(b"xy"), len(""))
print(len(frozenset()), len(bytearray(4)), len({}.keys()))
try:
    len(10)
except TypeError as e:
    print("TypeError:", e)
try:
    len(iter([]))
except TypeError as e:
    print("TypeError:", e)
print(bool(1), bool(0), True and False, True or False, not True, True + 1, True == 1)
print(isinstance(True, int), True & False, True | False, True ^ True, ~True)
print(str(True), repr(False), int(True), float(False))
print(divmod(True, 2), 2 ** True)
