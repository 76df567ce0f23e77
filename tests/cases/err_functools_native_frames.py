# Tracebacks through functools' C functions (lru_cache, cache, partial, reduce,
# cmp_to_key) show no frame for them; Python-level wrappers (wraps) keep theirs.
import functools


@functools.lru_cache(maxsize=None)
def bounded(x):
    return 1 / x


@functools.lru_cache(maxsize=2)
def small(x):
    return 1 / x


@functools.cache
def cached(x):
    return 1 / x


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper


@deco
def wrapped(x):
    return 1 / x


class C:
    @functools.lru_cache
    def method(self, x):
        return 1 / x


def names(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


calls = [
    ('lru', lambda: bounded(0)),
    ('lru2', lambda: small(0)),
    ('cache', lambda: cached(0)),
    ('wraps', lambda: wrapped(0)),
    ('partial', functools.partial(wrapped, 0)),
    ('partial-lru', functools.partial(bounded, 0)),
    ('reduce', lambda: functools.reduce(lambda a, b: a / b, [1, 0])),
    ('method', lambda: C().method(0)),
    ('cmp_to_key', lambda: sorted([1, 0], key=functools.cmp_to_key(lambda a, b: a / 0))),
    ('partial()', lambda: functools.partial()),
    ('K<int', lambda: functools.cmp_to_key(len)(1) < 3),
]
for label, call in calls:
    try:
        call()
    except (ZeroDivisionError, TypeError) as e:
        print(label, type(e).__name__, e, names(e.__traceback__))
print(bounded.cache_info())
print(functools.partial(bounded, 0).func is bounded)


def outer():
    return functools.partial(bounded, 0)()


outer()
