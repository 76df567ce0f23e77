# TypeError messages for bad calls.
def f(a, b, c=3, *, d):
    pass
def show(call):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
show(lambda: f(1, d=4))
show(lambda: f(d=4))
show(lambda: f(1, 2, 3, 4, d=5))
show(lambda: f(1, 2, e=5, d=4))
show(lambda: f(1, 2, a=1, d=4))
show(lambda: f(1, 2))
def g():
    pass
show(lambda: g(1))
def h(x):
    pass
show(lambda: h())
show(lambda: h(1, 2))
show(lambda: h(y=1))
class C:
    def m(self, x):
        pass
show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C.m(1))
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: f(*5))
show(lambda: f(**5))
