def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, sorted(kw.items())
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
calls = ["f()", "f(1)", "f(1, 2, 3, d=1, c=2)", "f(a=1, d=2)", "f(1, d=1, d=2)" if False else "f(1, 2, d=1, b=5)",
         "g(1, 2, 3)", "g()", "g(1, x=2)", "g(1, b=2, **{'b': 3})", "h(1)", "h(1, 2)", "k(1, 2)", "k(a=1)", "k(1, 2, 3, 4)",
         "m()", "m(1, 2)", "g(1, 2, b=3)", "len()", "len(1, 2)", "len(x=1)", "abs()", "(lambda: 1)(1)",
         "(lambda x, /: x)(x=1)", "n(1, 2)", "n(c=1)", "sorted([], 1)", "divmod(1)", "isinstance(1)"]
def g(a, b=2):
    return a, b
def h(*, only):
    return only
def k(a, b, /, c=1):
    return a, b, c
def m(x):
    return x
def n(a, *, b):
    return a, b
for call in calls:
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "->", type(e).__name__, e)
class C:
    def meth(self, x):
        return x
    @staticmethod
    def st(x):
        return x
    @classmethod
    def cm(cls, x):
        return x
for call in ("C().meth()", "C().meth(1, 2)", "C.meth(1)", "C.st()", "C.cm()", "C().meth(y=1)", "C()(1)", "C(1)"):
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "->", type(e).__name__, e)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults(3, []))
print(f.__defaults__, f.__kwdefaults__, g.__code__.co_argcount)
print(f.__name__, f.__qualname__, C.meth.__qualname__, m.__module__)
