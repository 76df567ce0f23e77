# __repr__ and __str__, and where each is used.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"

class S(V):
    def __str__(self):
        return f"<{self.x}, {self.y}>"

v = V(1, "a")
s = S(2, "b")
print(v)
print(s)
print(repr(s), str(v))
print([v, s])
print((s,), {"k": s})
print(f"{s} {s!r} {v}")
print("%s and %r" % (s, s))
print(str(s) + "!", format(s))

class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, str([1]), repr("q"))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
