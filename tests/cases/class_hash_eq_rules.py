# __hash__ is set to None when a class defines __eq__ without __hash__; inheritance of hashing.
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v

print(OnlyEq.__hash__, "__hash__" in OnlyEq.__dict__)
for action in (lambda: hash(OnlyEq(1)), lambda: {OnlyEq(1)}, lambda: {OnlyEq(1): 1}, lambda: frozenset([OnlyEq(2)])):
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) in [OnlyEq(1)])

class Both:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Both) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return "Both(%r)" % self.v
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, {Both(3): "x"}[Both(3)])

# subclass of a hashable class that adds __eq__ loses hashing
class Child(Both):
    def __eq__(self, o):
        return True
print(Child.__hash__)
try:
    hash(Child(1))
except TypeError as e:
    print(type(e).__name__, e)

# keeping the parent's hash explicitly
class KeepsHash(Both):
    def __eq__(self, o):
        return super().__eq__(o)
    __hash__ = Both.__hash__
print(hash(KeepsHash(5)) == hash(5), len({KeepsHash(5), KeepsHash(5)}))

# subclass that only adds methods keeps object identity hashing
class NoEq:
    pass
class NoEqChild(NoEq):
    def extra(self):
        return 1
x = NoEqChild()
print(hash(x) == hash(x), NoEqChild.__hash__ is object.__hash__, x in {x})

# explicitly unhashable with __hash__ = None
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Unhashable(), object), Unhashable() == Unhashable())

# __hash__ must return an int
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), type(hash(BigHash())).__name__)

class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))

# builtin mutable types are unhashable; tuples only if their items are
for obj in ([], {}, set(), bytearray(), (1, [2]), slice(1, 2)):
    try:
        hash(obj)
        print(type(obj).__name__, "hashable")
    except TypeError as e:
        print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(None) == hash(None), hash(()) == hash(()), hash("a") == hash("a"))

# dict lookups use hash then eq; the eq side effects show in which order
calls = []
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        calls.append("hash " + self.name)
        return self.h
    def __eq__(self, o):
        calls.append("eq %s %s" % (self.name, o.name))
        return self.h == o.h
d = {Key("a", 1): "first"}
d[Key("b", 1)] = "second"
print(list(d.values()), calls)
