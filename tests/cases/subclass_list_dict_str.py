# Subclasses of list, dict and str: methods, operators, super(), __missing__.
class MyList(list):
    def total(self):
        return sum(self)
    def append(self, x):
        print("append", x)
        super().append(x)
m = MyList([1, 2])
m.append(3)
print(len(m), m.total(), isinstance(m, list), type(m).__name__, type(m) is list)
print(m[1:], m[0], 2 in m, list(m))
print(m)
m += [9]
print(type(m).__name__, m)
list.append(m, 7)
m[0] = 100
del m[1]
print(m, m == [100, 3, 9, 7], m + [1], bool(m), bool(MyList()))
class D(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
d = D()
d["a"].append(1)
d["a"].append(2)
print(d, "b" in d, len(d), list(d.keys()), d.get("a"))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), u + "x", type(u + "x").__name__, len(u), isinstance(u, str))
print(u == "hey", hash(u) == hash("hey"), {u: 1}["hey"], "e" in u, f"{u}", str(u), repr(u))
