# An attribute value whose __del__ changes the very object it was stored on: replacing,
# deleting, or dropping the whole __dict__ runs that code only once the store is done.
class Owner:
    pass

class Meddler:
    def __init__(self, owner, tag):
        self.owner = owner
        self.tag = tag
    def __del__(self):
        o = self.owner
        print("del", self.tag, sorted(vars(o)))
        o.touched = self.tag
        if hasattr(o, "b"):
            del o.b

o = Owner()
o.a = Meddler(o, "a1")
o.b = 1
o.a = "replaced"
print(sorted(vars(o).items()))

o2 = Owner()
o2.a = 0
o2.b = 1
o2.c = Meddler(o2, "c1")
del o2.c
print(sorted(vars(o2).items()))

o3 = Owner()
o3.x = Meddler(o3, "x1")
o3.y = 5
del o3.x
print(sorted(vars(o3).items()))

o4 = Owner()
o4.p = Meddler(o4, "p1")
o4.__dict__ = {"fresh": 1}
print(sorted(vars(o4).items()))

o5 = Owner()
o5.a = 1
o5.b = Meddler(o5, "b5")
o5.b = Meddler(o5, "b5b")
print(sorted(vars(o5)))
try:
    del o5.b  # b5's __del__ already deleted the b5b that replaced it
except AttributeError as e:
    print("AttributeError:", e)

# __del__ setting attributes on itself, and values replaced through setattr/__dict__.
class SetInDel:
    def __del__(self):
        self.after = "set during del"
        print("SetInDel", vars(self))
s = SetInDel()
s.first = 1
del s

o6 = Owner()
o6.k = Meddler(o6, "k1")
setattr(o6, "k", Meddler(o6, "k2"))
o6.__dict__["k"] = "plain"
print(sorted(vars(o6).items()))
o7 = Owner()
o7.m = Meddler(o7, "m1")
o7.__dict__.clear()
print(sorted(vars(o7).items()))
o8 = Owner()
o8.a = 1
o8.z = Meddler(o8, "z1")
o8.__dict__.pop("z")
print(sorted(vars(o8).items()))
try:
    del o8.z
except AttributeError as e:
    print("AttributeError:", e)
