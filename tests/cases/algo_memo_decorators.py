# Decorators with closures: an LRU cache by dict order with nonlocal counters, argument binding errors, scoping, late binding, annotations.
def lru(maxsize=3):
    def deco(fn):
        cache = {}
        hits = misses = 0
        def wrapper(*args, **kw):
            nonlocal hits, misses
            key = args + (object,) + tuple(sorted(kw.items())) if kw else args
            if key in cache:
                hits += 1
                cache[key] = cache.pop(key)
                return cache[key]
            misses += 1
            r = fn(*args, **kw)
            cache[key] = r
            if len(cache) > maxsize:
                oldest = next(iter(cache))
                del cache[oldest]
            return r
        def info():
            return f"hits={hits} misses={misses} size={len(cache)} keys={list(cache)}"
        wrapper.info = info
        wrapper.__name__ = fn.__name__
        wrapper.__qualname__ = fn.__qualname__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        wrapper.__dict__.update(getattr(fn, "__dict__", {}))
        return wrapper
    if callable(maxsize):
        f, maxsize = maxsize, 3
        return deco(f)
    return deco

@lru
def fib(n):
    "fibonacci"
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.info()[:30], fib.__name__, fib.__doc__, fib.__wrapped__.__name__)

@lru(maxsize=2)
def sq(x, *, mult=1):
    return x * x * mult
for a in [1, 2, 1, 3, 2, 1]:
    sq(a)
print(sq.info())
print(sq(2, mult=3), sq.info()[:20])

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, get.__code__.co_varnames, inc.__defaults__)

fns = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in fns], [f(10) for f in late])
def kw_only(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(kw_only(1, d=4), kw_only(1, 2, 3, 4, 5, d=6, z=7), kw_only.__kwdefaults__, kw_only.__defaults__, kw_only.__code__.co_argcount, kw_only.__code__.co_posonlyargcount, kw_only.__code__.co_kwonlyargcount)
for call in [lambda: kw_only(), lambda: kw_only(1), lambda: kw_only(1, a=2, d=3), lambda: kw_only(1, d=1, d2=2, **{"d": 5})]:
    try:
        call()
    except TypeError as ex:
        print(ex)
def f2(x, y): pass
for call in [lambda: f2(1), lambda: f2(1, 2, 3), lambda: f2(1, y=2, x=3), lambda: f2(z=1, x=1, y=2), lambda: f2(*[1], **{"y": 1, "q": 2})]:
    try:
        call()
    except TypeError as ex:
        print(ex)
class C:
    def m(self, a): return a
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(x): return x
for call in [lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1), lambda: C.cm(1), lambda: C.sm(), lambda: len(), lambda: len(1, 2), lambda: int(1, 2, 3), lambda: "x".split(1), lambda: [].append(), lambda: {}.get(), lambda: divmod(1)]:
    try:
        call()
    except TypeError as ex:
        print(ex)
g = 0
def use_global():
    global g
    g += 1
    return g
use_global(); use_global()
print(g)
def uses_before():
    try:
        print(x_local)
    except UnboundLocalError as ex:
        print(ex)
    x_local = 1
uses_before()
def outer():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as ex:
        print(ex)
outer()
try:
    undefined_name
except NameError as ex:
    print(ex, ex.name)
try:
    prnt("x")
except NameError as ex:
    print(ex)
def deco_with_args(*dargs):
    def d(f):
        def w(*a):
            return (dargs, f(*a))
        return w
    return d
@deco_with_args(1, 2)
@deco_with_args("inner")
def combo(x): return x
print(combo(5))
def compose(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
print(compose(str, len, lambda n: n * 2)(12345))
print((lambda: 1).__name__, (lambda: 1).__qualname__, fib.__wrapped__.__qualname__, counter.__qualname__, inc.__qualname__)
def gen_defaults(a, L=[]):
    L.append(a); return L
print(gen_defaults(1), gen_defaults(2))
print(type(fib).__name__, fib.__module__, hasattr(fib, "__globals__"), fib.__globals__ is globals())
def annotated(a: int, b: "str" = "x") -> list: pass
print(annotated.__annotations__)
