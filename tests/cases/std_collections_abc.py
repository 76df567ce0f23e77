# collections.abc: structural checks, registered builtins, mixin methods and generics.
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, deque
from collections.abc import (AsyncIterable, AsyncIterator, Awaitable, ByteString,
                             Callable, Collection, Container, Coroutine, Generator,
                             Hashable, ItemsView, Iterable, Iterator, KeysView, Mapping,
                             MappingView, MutableMapping, MutableSequence, MutableSet,
                             Reversible, Sequence, Set, Sized, ValuesView)
import collections.abc


def gen():
    yield 1


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NoHash:
    __hash__ = None


objs = [[], (), "", {}, set(), frozenset(), b"", range(3), {}.keys(), {}.values(),
        {}.items(), iter([]), gen(), len, lambda: 0, 5, 2.5, None, It(), NoHash(),
        deque(), ChainMap(), UserDict(), UserList(), int]
abcs = [Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container, Callable,
        Collection, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView,
        ItemsView, ValuesView, Sequence, MutableSequence, ByteString, Awaitable, Coroutine,
        AsyncIterable, AsyncIterator]
for o in objs:
    print("%-12s" % type(o).__name__, "".join("1" if isinstance(o, a) else "." for a in abcs))
print(sorted(collections.abc.__all__))
print(Iterable, Mapping.__module__, repr(Sequence))


class MySeq(Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), s.index(2, 2))
try:
    s.index(9)
except ValueError as e:
    print("ValueError", repr(e))


class MyMap(Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = MyMap(a=1, b=2)
print(m.get("a"), m.get("z"), "a" in m, list(m.keys()), list(m.items()), list(m.values()))
print(m == {"a": 1, "b": 2}, ("a", 1) in m.items(), 2 in m.values(), len(m.keys()))
print(m.keys() & {"a", "q"}, sorted(m.keys() | {"q"}), m.keys() - {"a"}, m.items() ^ {("a", 1)})


class MyMut(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


mm = MyMut()
mm.update({"a": 1}, b=2)
mm.update([("c", 3)])
print(mm.d, mm.pop("a"), mm.pop("zz", 0), mm.setdefault("e", 5), mm.popitem(), mm.d)
try:
    mm.pop("q")
except KeyError as e:
    print("KeyError", e)
mm.clear()
print(mm.d)
try:
    mm.popitem()
except KeyError as e:
    print("KeyError", repr(e))


class MySet(MutableSet):
    def __init__(self, it=()):
        self.s = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(self.s)

    def __len__(self):
        return len(self.s)

    def add(self, x):
        if x not in self.s:
            self.s.append(x)

    def discard(self, x):
        if x in self.s:
            self.s.remove(x)


a = MySet([1, 2, 3])
b = MySet([2, 3, 4])
print((a & b).s, (a | b).s, (a - b).s, (a ^ b).s, a <= b, a == MySet([3, 2, 1]))
print(a.isdisjoint([9]), MySet([1]) < a, a > MySet([1]), a >= a)
a |= [7]
print(a.s)
a -= [1]
print(a.s)
a.remove(7)
print(a.s, a.pop(), a.s)
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)


class MyList(MutableSequence):
    def __init__(self):
        self.l = []

    def __getitem__(self, i):
        return self.l[i]

    def __setitem__(self, i, v):
        self.l[i] = v

    def __delitem__(self, i):
        del self.l[i]

    def __len__(self):
        return len(self.l)

    def insert(self, i, v):
        self.l.insert(i, v)


ml = MyList()
ml.append(1)
ml.extend([2, 3])
ml += [4]
ml.reverse()
print(ml.l, ml.pop(), ml.pop(0), ml.l)
ml.remove(2)
print(ml.l)
for abstract in (Sequence, MutableMapping, Iterator):
    try:
        abstract()
    except TypeError as e:
        print(e)
print(Iterable[int], Callable[[int], str], Mapping[str, int], Iterable[int].__origin__)


class Hashy:
    def __hash__(self):
        return 1


print(issubclass(Hashy, Hashable), issubclass(list, Hashable), issubclass(dict, MutableMapping))
print(issubclass(tuple, Sequence), issubclass(str, Sequence), issubclass(list, Reversible))
print(issubclass(dict, Reversible), issubclass(tuple, Reversible), issubclass(bytes, ByteString))


@Sequence.register
class Registered:
    pass


print(issubclass(Registered, Sequence), issubclass(Registered, Iterable), isinstance(Registered(), Collection))
c = Callable[[int, str], bool]
print(c, c.__args__, c.__origin__ is Callable, Callable[..., int], Callable[[], None])
for bad in (lambda: Callable[int, str], lambda: Callable[int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
