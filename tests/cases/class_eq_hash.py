# __eq__ and __hash__: equality, dict keys, set membership.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        print("eq called")
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)

a, b = Key(1), Key(1)
print(a == b, a != b, a is b)
d = {a: "first"}
print(d[b])
s = {Key(2)}
print(Key(2) in s)
print(Key(3) in s)

class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)

class Default:
    pass
x = Default()
print(x == x, x == Default(), hash(x) == hash(x))

class NotImpl:
    def __eq__(self, other):
        return NotImplemented
print(NotImpl() == 1, NotImpl() != 1)
n = NotImpl()
print(n == n)
print(hash(1), hash(-1), hash(0), hash(True), hash(1.0) == hash(1), hash(2 ** 61 - 1), hash(-2))
