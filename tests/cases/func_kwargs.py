# **kwargs collects extra keyword arguments as a dict in call order.
def f(a, **kw):
    return a, kw

print(f(1))
print(f(1, x=2, y=3))
print(f(a=0, z=1, b=2))
opts = {"color": "red", "size": 3}
print(f(0, **opts))
print(f(0, **opts, extra=True))

def g(**kw):
    for k, v in kw.items():
        print(k, "=", v)
g(one=1, two=2, three=3)

def h(x, y):
    return x - y
print(h(**{"y": 1, "x": 10}))
try:
    h(1, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, 2, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, **{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
