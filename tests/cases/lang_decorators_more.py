import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        print("call", fn.__name__, [a for a in args if isinstance(a, int)], kw)
        return fn(*args, **kw)
    return wrapper
@trace
def add(a, b=1):
    "adds"
    return a + b
print(add(2, b=3), add.__name__, add.__doc__, add.__wrapped__.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("you"))
def register(registry):
    def deco(cls):
        registry.append(cls.__name__)
        return cls
    return deco
reg = []
@register(reg)
class A: pass
@register(reg)
class B: pass
print(reg)
order = []
def d1(f):
    order.append("d1")
    return f
def d2(f):
    order.append("d2")
    return f
@d1
@d2
def both(): pass
print(order)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(fib.cache), type(fib).__name__)
@lambda f: f()
def immediately():
    return "ran at definition"
print(immediately)
buttons = {"x": lambda f: f}
@buttons["x"]
def via_subscript():
    return "subscript decorator"
print(via_subscript())
@functools.lru_cache(maxsize=None)
def sq(n):
    print("computing", n)
    return n * n
print(sq(4), sq(4), sq.cache_info().hits)
def counting(fn):
    fn.calls = 0
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counting
def noop(): pass
noop(); noop()
print(noop.calls)
class C:
    @trace
    def m(self, x):
        return x * 2
    @property
    @functools.lru_cache()
    def cached_prop(self):
        return "cp"
print(C().m(5), C().cached_prop)
