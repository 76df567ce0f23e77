# Bound methods remember their instance.
class Counter:
    def __init__(self, start):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self.n

c = Counter(10)
m = c.inc
print(m(), m(5), c.n)
print(m.__self__ is c, m.__func__ is Counter.inc)
print(Counter.inc(c, 100))
d = Counter(0)
print(c.inc == c.inc, c.inc == d.inc)
methods = [c.inc, d.inc]
for mm in methods:
    print(mm())
push = [].append
lst = []
push2 = lst.append
push2(1); push2(2)
print(lst)
print("a-b-c".split("-") == str.split("a-b-c", "-"))
up = "shout".upper
print(up())
print(type(m).__name__)
