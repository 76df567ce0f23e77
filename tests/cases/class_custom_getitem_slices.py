# A sequence class that supports integer and slice indexing.
class Span:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __len__(self):
        return max(0, self.stop - self.start)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            lo, hi, step = idx.indices(len(self))
            return [self.start + i for i in range(lo, hi, step)]
        if idx < 0:
            idx += len(self)
        if not 0 <= idx < len(self):
            raise IndexError("Span index out of range")
        return self.start + idx
    def __repr__(self):
        return f"Span({self.start}, {self.stop})"

s = Span(10, 20)
print(s, len(s), s[0], s[-1], s[2:5], s[::3], s[::-4], s[100:])
print(list(s)[:3], 15 in s, 25 in s)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(list(reversed(Span(1, 4))))
