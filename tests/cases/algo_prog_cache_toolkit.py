"""Caching toolkit: an LRU cache built on a hand-made doubly linked list, a TTL cache with a
fake clock, memoizing decorators for functions and methods (per-instance via weakrefs),
and statistics reported through namedtuples."""
import sys
import weakref
from collections import namedtuple, OrderedDict
from functools import wraps, partial, update_wrapper

CacheInfo = namedtuple("CacheInfo", "hits misses maxsize currsize")


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = self


class LRUCache:
    def __init__(self, maxsize=128, on_evict=None):
        if maxsize is not None and maxsize < 0:
            raise ValueError("maxsize must be >= 0")
        self.maxsize = maxsize
        self.on_evict = on_evict
        self._map = {}
        self._root = _Node()
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        root = self._root
        node.next = root.next
        node.prev = root
        root.next.prev = node
        root.next = node

    def __getitem__(self, key):
        node = self._map.get(key)
        if node is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value):
        node = self._map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if self.maxsize == 0:
            return
        node = _Node(key, value)
        self._map[key] = node
        self._push_front(node)
        if self.maxsize is not None and len(self._map) > self.maxsize:
            victim = self._root.prev
            self._unlink(victim)
            del self._map[victim.key]
            if self.on_evict:
                self.on_evict(victim.key, victim.value)

    def __delitem__(self, key):
        node = self._map.pop(key)
        self._unlink(node)

    def __contains__(self, key):
        return key in self._map

    def __len__(self):
        return len(self._map)

    def __iter__(self):
        node = self._root.next
        while node is not self._root:
            yield node.key
            node = node.next

    def __reversed__(self):
        node = self._root.prev
        while node is not self._root:
            yield node.key
            node = node.prev

    def items(self):
        return [(k, self._map[k].value) for k in self]

    def info(self):
        return CacheInfo(self.hits, self.misses, self.maxsize, len(self))

    def __repr__(self):
        return f"LRUCache({self.items()!r}, maxsize={self.maxsize})"


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def advance(self, dt):
        self.now += dt


class TTLCache(LRUCache):
    def __init__(self, maxsize, ttl, clock):
        super().__init__(maxsize)
        self.ttl, self.clock = ttl, clock

    def __setitem__(self, key, value):
        super().__setitem__(key, (self.clock() + self.ttl, value))

    def __getitem__(self, key):
        expires, value = super().__getitem__(key)
        if self.clock() >= expires:
            del self[key]
            self.hits -= 1
            self.misses += 1
            raise KeyError(key)
        return value

    def items(self):
        return [(k, v[1]) for k, v in super().items()]


def _make_key(args, kwargs, typed):
    key = args
    if kwargs:
        key += (object,) + tuple(sorted(kwargs.items()))
    if typed:
        key += tuple(type(a) for a in args) + tuple(type(v) for _, v in sorted(kwargs.items()))
    return key if len(key) != 1 else key[0]


def memoize(maxsize=128, typed=False, cache_factory=LRUCache):
    if callable(maxsize) and not isinstance(maxsize, int):
        return memoize()(maxsize)

    def decorator(fn):
        cache = cache_factory(maxsize)

        @wraps(fn)
        def wrapper(*args, **kwargs):
            key = _make_key(args, kwargs, typed)
            try:
                return cache[key]
            except KeyError:
                pass
            except TypeError:
                return fn(*args, **kwargs)
            result = fn(*args, **kwargs)
            cache[key] = result
            return result

        wrapper.cache = cache
        wrapper.cache_info = cache.info
        wrapper.cache_clear = lambda: cache.__init__(maxsize)
        return wrapper
    return decorator


class cached_method:
    """Per-instance memoization that does not keep instances alive."""

    def __init__(self, fn):
        self.fn = fn
        self.caches = weakref.WeakKeyDictionary()
        update_wrapper(self, fn)

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        cache = self.caches.setdefault(inst, {})
        fn = self.fn

        def bound(*args):
            if args not in cache:
                cache[args] = fn(inst, *args)
            return cache[args]
        bound.__name__ = self.attr
        return bound


calls = []


@memoize
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize(maxsize=3, typed=True)
def describe(x, *, style="plain"):
    calls.append((x, style))
    return f"{style}:{x!r}"


class Geometry:
    instances = 0

    def __init__(self, name, side):
        self.name, self.side = name, side
        Geometry.instances += 1

    @cached_method
    def area(self, scale=1):
        calls.append((self.name, scale))
        return self.side ** 2 * scale

    def __del__(self):
        calls.append(("del", self.name))


def main():
    evicted = []
    c = LRUCache(3, on_evict=lambda k, v: evicted.append((k, v)))
    for k, v in zip("abcd", range(4)):
        c[k] = v
    print(c, list(reversed(c)), evicted)
    print(c["b"], c.get("a", "gone"), "c" in c, len(c), list(c))
    c["e"] = 5
    c["b"] = 20
    print(c.items(), evicted, c.info())
    del c["b"]
    try:
        del c["zz"]
    except KeyError as e:
        print("KeyError", e)
    print(c, c.info()._asdict())
    zero = LRUCache(0)
    zero["x"] = 1
    print(len(zero), zero.get("x"))
    try:
        LRUCache(-1)
    except ValueError as e:
        print("ValueError:", e)

    clock = FakeClock()
    t = TTLCache(10, ttl=5, clock=clock)
    t["session"] = "abc"
    clock.advance(3)
    print(t["session"], t.items())
    clock.advance(2.5)
    print(t.get("session", "expired"), t.info())

    print(fib(80), len(calls), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
    calls.clear()
    print(describe(1), describe(1.0), describe(1, style="fancy"), describe(1), describe(True))
    print(calls, describe.cache_info())
    print(describe([1, 2]), describe.cache_info().currsize)
    describe.cache_clear()
    print(describe.cache_info())

    calls.clear()
    g1, g2 = Geometry("sq", 3), Geometry("big", 10)
    print(g1.area(), g1.area(), g1.area(2), g2.area(), Geometry.area.__name__, Geometry.area.__doc__)
    print(calls, len(Geometry.area.caches))
    del g1
    print(len(Geometry.area.caches), calls[-1])
    fast = partial(describe, style="p")
    print(fast(5), fast.func is describe, fast.keywords)
    od = OrderedDict.fromkeys("abc")
    od.move_to_end("a")
    print(list(od), od.popitem(last=False))


main()
