# Subclasses of float, int and tuple, with __new__ and __repr__ overrides.
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"
c = Celsius(21.5)
print(repr(c), c + 1, type(c + 1).__name__, str(c), c > 3, -c, abs(c), round(c), int(c))
class Small(int):
    def __new__(cls, v):
        return super().__new__(cls, min(v, 10))
print(Small(5), Small(50), Small(50) + 1, isinstance(Small(3), int), [1,2,3][Small(1)], 2 ** Small(3), Small(4) == 4, hash(Small(4)) == hash(4))
print(f"{Small(7):03d}", "%d" % Small(7), float(Small(2)), Small(3) < 4, sorted([Small(3), 1, Small(2)]))
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(1, 2)
print(p, p.x, len(p), p == (1, 2), hash(p) == hash((1, 2)), type(p).__name__, p + (3,), list(p))
a, b = p
print(a, b, isinstance(p, tuple), tuple.__new__(P, [5, 6]))
