# Dicts around the size where a look-up stops scanning and starts using an index.
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n % 3
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __repr__(self): return f"K({self.n})"

for size in range(0, 20):
    d = {}
    for i in range(size):
        d[i] = i * i
        d[K(i)] = -i
    ok = all(d[i] == i * i and d[K(i)] == -i for i in range(size))
    assert ok and len(d) == 2 * size and (size not in d) and K(size) not in d
    # Delete from the front, then grow again: positions shift and holes appear.
    for i in range(0, size, 2):
        del d[i]
    for i in range(size, size + 5):
        d[i] = i
    ok = all((i in d) == (i % 2 == 1 or i >= size) for i in range(size + 5))
    print(size, len(d), ok, list(d)[:6])

# popitem down across the limit and back up.
d = {str(i): i for i in range(12)}
while len(d) > 3:
    d.popitem()
d.update((str(i), -i) for i in range(20, 30))
print(d)
print(d.get("25"), d.get("5"), "2" in d, "11" in d)

# Keys equal across types, and hash collisions (-1 and -2 hash alike).
d = {1: "int", 2.0: "float", True: "bool?", -1: "m1", -2: "m2"}
print(d, d[1.0], d[2], d[-1], d[-2])
for n in range(12):
    d[n + 100] = n
print(d[True], d[2.0], d[-1], d[-2], len(d))
del d[-1]
print(-1 in d, d[-2])

# Globals and class dicts past the limit still find their names.
class C:
    pass
for i in range(15):
    setattr(C, f"a{i}", i)
print([getattr(C, f"a{i}") for i in range(15)])
for i in range(0, 15, 3):
    delattr(C, f"a{i}")
print(sorted(k for k in vars(C) if k.startswith("a")), hasattr(C, "a3"), C.a4)
g = {}
exec("x = 1\ny = 2\ndef f(): return x + y", g)
print(g["f"]())
