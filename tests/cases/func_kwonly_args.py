# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2))
print(f(1, c=5, b=4))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)

def g(*args, sep=", "):
    return sep.join(str(x) for x in args)
print(g(1, 2, 3))
print(g(1, 2, 3, sep="|"))

def h(*, x, y):
    return x * y
print(h(y=3, x=4))
try:
    h(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    h(x=1)
except TypeError as e:
    print("TypeError:", e)
print(f.__kwdefaults__)
