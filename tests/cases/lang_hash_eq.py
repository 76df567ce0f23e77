class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
print(E.__hash__)
try:
    hash(E(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {E(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {E(1): 1}
except TypeError as e:
    print(type(e).__name__, e)

class H(E):
    def __hash__(self): return hash(self.v)
print(len({H(1), H(1), H(2)}))
print({H(1): "a"}[H(1)])

class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)

class Plain: pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())

class Inherit(E):
    __hash__ = object.__hash__
i = Inherit(1)
print(hash(i) == hash(i), i == Inherit(1))

for v in ([1], {1: 2}, {1}, bytearray(b"x")):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(1) == hash(1.0) == hash(True))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**100
print(type(hash(BigHash())).__name__)
print(hash(-1), hash(0), hash(10**20) == hash(10**20))
