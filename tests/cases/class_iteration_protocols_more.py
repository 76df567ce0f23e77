# __iter__/__next__, the __getitem__ iteration fallback, __reversed__, __contains__ fallbacks.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), iter(c) is c)

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), sorted(Squares(), reverse=True))
it = iter(Squares())
print(type(it).__name__, next(it), next(it), list(it))
a, b, *rest = Squares()
print(a, b, rest, sum(Squares()), max(Squares()))

class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorStops())
except KeyError as e:
    print(type(e).__name__, e)

class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStopIteration()))

class NoIter:
    pass
for action in (lambda: iter(NoIter()), lambda: list(NoIter()), lambda: [x for x in 5], lambda: 3 in NoIter()):
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)

class NotAnIterator:
    def __iter__(self):
        return self
try:
    for x in NotAnIterator():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __iter__ = None blocks the __getitem__ fallback
class Blocked:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(Blocked())
except TypeError as e:
    print(type(e).__name__, e)

# reversed: __reversed__, or __len__ + __getitem__
class Seq:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
class WithReversed(Seq):
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Seq(1, 2, 3))), list(reversed(WithReversed(1, 2))))
r = reversed(Seq("a", "b"))
print(type(r).__name__, next(r), r.__length_hint__(), list(r))
try:
    reversed(Squares())
except TypeError as e:
    print(type(e).__name__, e)
class NoReverse(Seq):
    __reversed__ = None
try:
    reversed(NoReverse(1))
except TypeError as e:
    print(type(e).__name__, e)

# __contains__ takes priority and its result is converted to bool
class Evens:
    def __contains__(self, x):
        return x % 2 == 0 and "truthy string"
    def __iter__(self):
        return iter([1, 3])
print(4 in Evens(), 3 in Evens(), 3 not in Evens(), list(Evens()))
class ContainsRaises:
    def __contains__(self, x):
        raise LookupError("contains failed for %r" % (x,))
try:
    1 in ContainsRaises()
except LookupError as e:
    print(type(e).__name__, e)

# membership via __iter__ stops at the first match
seen = []
class Logged:
    def __iter__(self):
        for i in range(10):
            seen.append(i)
            yield i
print(3 in Logged(), seen)

# iter(callable, sentinel)
values = [5, 4, 0, 9]
print(list(iter(lambda: values.pop(0), 0)), values)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)

# generators as __iter__ and iterator exhaustion
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), 3 in t, [v * 10 for v in t if v % 2])
