# Subclassing built-in types.
class MyList(list):
    def total(self):
        return sum(self)
    def append(self, x):
        print("append", x)
        super().append(x)

m = MyList([1, 2])
m.append(3)
print(m, m.total(), len(m), isinstance(m, list), type(m).__name__, m[1:])

class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
d = DefaultDict()
d["a"].append(1)
d["a"].append(2)
print(d, "b" in d)

class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), u + "x", type(u + "x").__name__, len(u), isinstance(u, str))

class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"
c = Celsius(21.5)
print(repr(c), c + 1, type(c + 1).__name__)

class Small(int):
    def __new__(cls, v):
        return super().__new__(cls, min(v, 10))
print(Small(5), Small(50), Small(50) + 1, isinstance(Small(3), int))
class MyErr(KeyError):
    pass
try:
    raise MyErr("custom key")
except LookupError as e:
    print(type(e).__name__, e)
