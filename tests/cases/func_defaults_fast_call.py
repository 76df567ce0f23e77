def f(a, b=[], c=None):
    b.append(a)
    return len(b), c
print(f(1), f(2), f(3, [9]), f(4, c=5))
def g(x, y=1): return x, y
g.__defaults__ = (7,)
print(g(1), g(1, 2))
g.__defaults__ = None
try:
    g(1)
except TypeError as e:
    print(e)
def h(a, b=2): return a, b
h.__defaults__ = (1, 2, 3)
print(h(), h(0))
class C:
    def m(self, k=4): return k
print(C().m(), C().m(5))
# Defaults replaced and removed while the function is in use.
def k(a, b=1, c=2):
    return a, b, c
print(k(0), k(0, 5))
k.__defaults__ = (8, 9)
print(k(0), k(0, 5), k(0, 5, 6))
k.__defaults__ = (9,)
print(k(0, 1))
try:
    k(0)
except TypeError as e:
    print(e)
# Keyword calls: bound, repeated, unknown, positional-only.
def p(a, /, b, *, c=3):
    return a, b, c
print(p(1, b=2), p(1, 2, c=4))
for call in (lambda: p(a=1, b=2), lambda: p(1, 2, b=3), lambda: p(1, 2, d=3), lambda: k(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print(e)
