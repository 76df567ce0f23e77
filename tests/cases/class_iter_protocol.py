# __iter__ and __next__ for user iterators.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)

class CountdownIter:
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
print(list(c), list(c))
for v in Countdown(2):
    print("v", v)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "exhausted"))
print(sum(Countdown(4)), sorted(Countdown(3)), max(Countdown(5)))
a, b, cc = Countdown(3)
print(a, b, cc)

class GenIter:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for x in self.items:
            yield x * 10
print(list(GenIter([1, 2])), 20 in GenIter([1, 2]))
print(dict(zip(Countdown(2), "ab")))
