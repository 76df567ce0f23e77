# A dying container releases its items in CPython's order: lists and tuples last to first,
# dicts in insertion order; nested containers inside out.
class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


x = [A(1), A(2), A(3)]
x = None
print("-- tuple")
t = (A(4), A(5))
t = None
print("-- dict")
d = {1: A(6), 2: A(7)}
d = None
print("-- nested")
n = [A(8), (A(9), A(10)), [A(11)]]
del n
print("-- slice assignment")
s = [A(12), A(13), A(14)]
s[0:2] = []
print("left", [a.n for a in s])
s.clear()
print("end")
print("-- del slices")
u = [A(i) for i in range(20, 26)]
del u[0:2]
del u[::2]
u[0:1] = [A(30)]
del u[::-1]
print("end 2")
