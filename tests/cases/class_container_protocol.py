# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Grid:
    def __init__(self, n):
        self.cells = {}
        self.n = n
    def __len__(self):
        return self.n * self.n
    def __getitem__(self, pos):
        r, c = pos
        if not (0 <= r < self.n and 0 <= c < self.n):
            raise IndexError("cell out of range")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, v):
        return v in self.cells.values()

g = Grid(3)
g[1, 1] = "X"
g[0, 2] = "O"
print(len(g), g[1, 1], g[0, 0], "X" in g, "Z" in g)
del g[1, 1]
print(g[1, 1], "X" in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 10 in Seq())
for x in Seq():
    print("old-style iteration", x)

class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
