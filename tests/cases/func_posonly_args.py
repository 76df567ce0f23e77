# Positional-only parameters before /.
def f(a, b, /, c, *, d=4):
    return a, b, c, d

print(f(1, 2, 3))
print(f(1, 2, c=3, d=5))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)

def g(x, /, **kw):
    return x, kw
print(g(1, x=2))

def h(a, b=2, /):
    return a + b
print(h(1), h(1, 5))
try:
    h(a=1)
except TypeError as e:
    print("TypeError:", e)
print(divmod(7, 2))
try:
    divmod(x=7, y=2)
except TypeError as e:
    print("TypeError")
