# Cyclic garbage is finalized at exit: what was garbage first, then what the globals held.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A(1); a.me = a; del a
b = A(2); b.me = b
def f():
    c = A(3); c.me = c
f()
print("end")
