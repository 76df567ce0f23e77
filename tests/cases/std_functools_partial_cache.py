# functools: partial, partialmethod, reduce, wraps/update_wrapper, lru_cache/cache, cached_property,
# total_ordering and cmp_to_key, with CPython's errors.
import functools
def f(a, b=2, *c): return (a, b, c)
p = functools.partial(f, 1, b=3)
print(repr(p).split(' at ')[0], p.func is f, p.args, p.keywords, p())
pp = functools.partial(p, b=4); print(pp.func is f, pp.args, pp.keywords, pp(), repr(functools.partial(len)), repr(functools.partial(max, 1, k=2)))
for code in ['functools.partial()', 'functools.partial(5)', 'functools.reduce(lambda a,b: a+b, [])', 'functools.reduce(lambda a,b: a+b, 5)', 'functools.reduce(lambda a,b: a+b, [], 7)', 'functools.reduce(lambda a,b: a*b, range(1, 6))', 'functools.reduce(lambda a, b: a + b, ["a", "b"], "x")', 'functools.lru_cache("x")', 'functools.lru_cache(maxsize=-5)(lambda x: x).cache_info()']:
    try: print(code, '->', repr(eval(code)))
    except Exception as e: print(code, '->', type(e).__name__, e)
@functools.lru_cache
def fib(n): return n if n < 2 else fib(n-1)+fib(n-2)
print(fib(30), fib.cache_info(), fib.cache_parameters(), fib.__name__, fib.__wrapped__.__name__)
fib.cache_clear(); print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x): print('compute', x); return x * x
for v in [1, 2, 1, 3, 2, 1]: sq(v)
print(sq.cache_info())
@functools.lru_cache(typed=True)
def ty(x): return type(x).__name__
print(ty(1), ty(1.0), ty(True), ty.cache_info())
@functools.lru_cache(None)
def kw(a, b=0): return a + b
print(kw(1, b=2), kw(1, b=2), kw(a=1, b=2), kw.cache_info(), kw.cache_parameters())
@functools.cache
def c(n): return n * 2
print(c(2), c(2), c.cache_info())
try: c([1])
except TypeError as e: print(e)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
class A:
    @functools.cached_property
    def v(self):
        "docs of v"
        print('compute'); return 5
a = A(); print(a.v, a.v, type(A.v).__name__, A.v.__doc__, a.__dict__)
del a.v; print(a.v)
try:
    class B:
        __slots__ = ()
        @functools.cached_property
        def v(self): return 1
    B().v
except TypeError as e: print(e)
cp = functools.cached_property(lambda s: 1)
try: cp.__get__(A())
except TypeError as e: print(e)
try:
    class T:
        x = cp
        y = cp
except Exception as e: print(type(e).__name__, e, '|', e.__cause__)
try:
  @functools.total_ordering
  class N: pass
except ValueError as e: print(e)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
print(V(1) < V(2), V(1) <= V(1), V(2) > V(1), V(1) >= V(2), V.__gt__.__name__, sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
try: V(1) < 5
except TypeError as e: print(e)
try: V(1) >= 5
except TypeError as e: print(e)
@functools.total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(1) <= G(1), G(2) > G(1), G(1) >= G(2))
def numeric_compare(x, y): return x - y
print(sorted([5, 2, 4, 1, 3], key=functools.cmp_to_key(numeric_compare)), sorted("bca", key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
K = functools.cmp_to_key(numeric_compare)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
try: K(1) < 2
except TypeError as e: print(e)
try: hash(K(1))
except TypeError: print('unhashable')
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner
@deco
def hello(x: int) -> str:
    "Say hello."
    return 'hi %s' % x
hello.extra = 1
print(hello(3), hello.__name__, hello.__doc__, hello.__qualname__, hello.__wrapped__.__name__, hello.__annotations__, hello.__module__)
def other(): pass
other.attr = 'kept'
w = functools.update_wrapper(lambda: None, other)
print(w.__name__, w.attr, w.__wrapped__ is other)
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
c2 = Cell(); c2.set_alive(); print(c2._alive); c2.set_dead(); print(c2._alive)
print(repr(Cell.__dict__['set_alive']).split(' at ')[0])
