# The builtin types collections.abc registers: bytearray is a MutableSequence and a
# ByteString, memoryview a Sequence; iterators, views and other builtins as CPython's.
import collections.abc as c
print(issubclass(bytearray, c.MutableSequence), issubclass(bytearray, c.ByteString), issubclass(memoryview, c.Sequence), issubclass(bytes, c.Sequence))
for t in [type(iter(b'')), type(iter(bytearray())), type(iter('')), type(iter(())), type(iter(set())), type(iter(range(1))), type(iter(range(2**70))), type(iter({})), type(iter({}.values())), type(iter({}.items())), type(reversed([])), type(reversed({})), type(zip()), type(map(len,[])), type(filter(None,[])), type(enumerate([])), type((x for x in [])), type(iter([])), type(reversed(range(1))), type(iter(lambda:0, 1))]:
    print(t.__name__, issubclass(t, c.Iterator), issubclass(t, c.Reversible))
print(issubclass(type({}.keys()), c.Set), issubclass(type({}.keys()), c.Reversible), issubclass(type({}.items()), c.Set), issubclass(type({}.values()), c.Collection), issubclass(type({}.values()), c.Reversible))
print(issubclass(frozenset, c.Hashable), issubclass(set, c.MutableSet), issubclass(dict, c.Reversible), issubclass(type(None), c.Hashable), issubclass(slice, c.Hashable))
from collections.abc import Iterable, Hashable, Sized, Container, Reversible, Callable, Iterator, AsyncIterable, Awaitable, Collection, Sequence, Mapping, MutableSequence, ByteString
class NoIter:
    __iter__ = None
class Eq:
    def __eq__(self, o): return True
class Rev:
    def __reversed__(self): return iter([])
    def __iter__(self): return iter([])
class OnlyRev:
    def __reversed__(self): return iter([])
class Call:
    __call__ = None
class Coll:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
class AI:
    def __aiter__(self): return self
class Aw:
    def __await__(self): yield
for cls in [NoIter, Eq, Rev, OnlyRev, Call, Coll, AI, Aw, list, dict, str, bytes, tuple, set, frozenset, range, memoryview, type(iter([])), type({}.keys())]:
    print(cls.__name__, [abc.__name__ for abc in (Iterable, Hashable, Sized, Container, Reversible, Callable, Iterator, AsyncIterable, Awaitable, Collection, Sequence, Mapping) if issubclass(cls, abc)])
print(isinstance(bytearray(b"x"), MutableSequence), isinstance(memoryview(b"x"), Sequence), isinstance(bytearray(), ByteString))
