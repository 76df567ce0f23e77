# A call that breaks several binding rules reports what CPython's binder meets first:
# keywords (unknown, repeated, positional-only) before the count of positional arguments.
def f(): pass
def g(a): pass
def h(a, *, b): pass
def k(a, b=1): pass
class C:
    def __init__(self): pass
    def m(self, x): pass
cases = [lambda: f(1, k=1), lambda: g(1, 2, k=3), lambda: g(k=1), lambda: h(1, 2, c=3), lambda: h(1, 2),
         lambda: k(1, 2, 3, a=1), lambda: k(1, a=2), lambda: C(None, k=1), lambda: C().m(1, 2, y=3),
         lambda: g(1, a=2, k=3), lambda: h(b=1), lambda: f(**{"a": 1}), lambda: g(1, 2, 3), lambda: h(),
         lambda: k(1, 2, 3, c=4, d=5)]
for c in cases:
    try: c()
    except TypeError as e: print(e)
def p(a, b=2, /, c=3): pass
def q(a, /, **kw): return kw
cases2 = [lambda: p(1, a=3), lambda: p(a=1, z=2), lambda: p(z=2, a=1), lambda: p(a=1, b=2), lambda: p(1, 2, 3, 4, a=1),
         lambda: p(1, 2, 3, 4, z=1), lambda: p(1, c=1, a=2), lambda: print(q(1, a=2)), lambda: p(1, 2, 3, c=4),
         lambda: p(), lambda: p(c=1)]
for c in cases2:
    try: c()
    except TypeError as e: print(e)
