# An instance of an int subclass is an int wherever an index is wanted: bin/hex/oct,
# sequence indexing, range, repetition and operator.index take its value and never call
# the subclass's own __index__ (its __int__ is only for int()).
import operator


class Weird(int):
    def __index__(self):
        return 7

    def __int__(self):
        return 8

    def __repr__(self):
        return "Weird"


n = Weird(5)
print(bin(n), hex(n), oct(n), format(n, "b"), "%x" % n, "%d" % n)
print(range(10)[n], "abcdefghij"[n], list(range(n)), [1] * n == [1] * 5)
print(operator.index(n), type(operator.index(n)).__name__, operator.index(True), type(operator.index(True)).__name__)
print(int(n), float(n), n + 1, repr(n), str(n))
print(list(range(20))[n:n + 2], (1, 2, 3, 4, 5, 6, 7)[n - 1], "xyz" * Weird(2))


class Plain:
    def __index__(self):
        return 3


print(bin(Plain()), "abcd"[Plain()], operator.index(Plain()), list(range(Plain())))
try:
    operator.index(2.5)
except TypeError as e:
    print("TypeError", e)
where = 1.0
try:
    "abc"[where]
except TypeError as e:
    print("TypeError", e)
