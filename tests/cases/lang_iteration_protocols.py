class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for v in Seq():
    print(v, end=" ")
print()
it = iter(Seq())
print(type(it).__name__, next(it), next(it))
a, b, *rest = Seq()
print(a, b, rest)
print(sorted(Seq(), reverse=True), sum(Seq()), max(Seq()))

class KeyErrSeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrSeq())
except KeyError as e:
    print(type(e).__name__, e)

class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopSeq()))

class Rev:
    def __init__(self, data): self.data = data
    def __reversed__(self):
        print("custom reversed")
        return iter(self.data[::-1])
    def __iter__(self): return iter(self.data)
print(list(reversed(Rev([1, 2, 3]))))

class LenGet:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(LenGet())))

class NoRev:
    def __iter__(self): return iter([1])
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)

class Cont:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
print(1 in Cont(), 2 not in Cont())
class ContTruthy:
    def __contains__(self, x): return [x]
print(5 in ContTruthy())
class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in IterOnly())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), list(c))
s = iter([1, 2])
print(next(s), next(s), next(s, "done"))
try:
    next(s)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 1, 2, 3]
print(list(calls))
