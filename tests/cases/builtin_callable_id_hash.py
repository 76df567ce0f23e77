# callable, id (compared only), hash consistency.
class C:
    def __call__(self):
        pass
class D:
    pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(None), callable(lambda: 0))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
print(hash(42) == 42, hash(-1) == -2, hash(3.0) == hash(3), hash(True) == 1, hash("x") == hash("x"))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), hash(2 ** 100) == hash(2 ** 100), type(hash("s")).__name__)
print(hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0), hash(10 ** 30) == 10 ** 30 % (2 ** 61 - 1))
