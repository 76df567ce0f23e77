# The names of stdlib types that programs print or put in messages: the key objects of
# cmp_to_key are functools.KeyWrapper, WeakSet lives in _weakrefset.
import weakref
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque
from functools import cmp_to_key, partial


def by_length(a, b):
    return len(a) - len(b)


key = cmp_to_key(by_length)
k = key("abc")
print(type(k).__name__, type(k).__qualname__, type(k).__module__)
print(sorted(["ccc", "a", "bb"], key=key), k < key("abcd"), k == key("xyz"))
try:
    k < 3
except TypeError as e:
    print("TypeError", e)
print(type(k).__hash__ is None)


class Obj:
    pass


ws = weakref.WeakSet()
print(type(ws), type(ws).__name__)
for o in [deque(), OrderedDict(), Counter(), defaultdict(int), ChainMap(), partial(print)]:
    print(type(o), type(o).__module__, type(o).__qualname__)
