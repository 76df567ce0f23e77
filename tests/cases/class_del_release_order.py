# The order in which containers, frames and instances release what they hold, seen through __del__.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end="; ")
l = [D(i) for i in range(4)]; del l; print("list")
t = tuple(D(i) for i in range(4)); del t; print("tuple")
d = {i: D(i) for i in range(4)}; del d; print("dict")
l = [D(i) for i in range(4)]; l.clear(); print("clear")
l = [D(i) for i in range(4)]; del l[:]; print("del slice")
l = [D(i) for i in range(4)]; l[:] = []; print("assign slice")
s = [D(i) for i in range(3)]; s = None; print("rebind")
def f():
    a = D("a"); b = D("b"); c = D("c")
f(); print("locals")
class H:
    pass
h = H(); h.x = D("x"); h.y = D("y"); del h; print("attrs")
