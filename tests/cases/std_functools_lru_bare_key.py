# lru_cache (typed=False) keys a lone argument of exactly int or str by itself and any
# other call by a tuple: f(1) and f(1.0) are two entries, f(1.0) and f(True) one.
from functools import lru_cache

calls = []


@lru_cache(maxsize=None)
def kind(x):
    calls.append(x)
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1))
print(kind("a"), kind("a"), kind.cache_info())
print(calls)
kind.cache_clear()
print(kind(True), kind(1.0), kind(1), kind.cache_info())


@lru_cache(maxsize=2)
def pair(a, b=0):
    return (type(a).__name__, a + b)


print(pair(2), pair(2.0), pair(2, 0), pair(2, b=0), pair.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)
try:
    kind([1])
except TypeError as e:
    print("TypeError", e)
