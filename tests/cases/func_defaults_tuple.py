def f(a=1): return a
f.__defaults__ = ()
print(f.__defaults__)
try: f()
except TypeError as e: print(e)
def g(a, b=2, c=3): return a, b, c
d = g.__defaults__
print(d is g.__defaults__, d)
g.__defaults__ = (7, 8)
print(g(1), g(1, 5))
g.__defaults__ = None
print(g.__defaults__)
try: g(1)
except TypeError as e: print(e)
import types
h = types.FunctionType(g.__code__, {}, "h", ())
print(h.__defaults__)
h = types.FunctionType(g.__code__, {}, "h", (1, 2))
print(h.__defaults__, h(0))
