# Errors during a sort: an exception from __lt__ leaves the list partially sorted but
# complete (as CPython leaves it), one from key= leaves it untouched, and changing the list
# from a comparison raises "list modified during sort".
calls = [0]


class Fragile:
    def __init__(self, v, limit):
        self.v = v
        self.limit = limit

    def __repr__(self):
        return str(self.v)

    def __lt__(self, other):
        calls[0] += 1
        if calls[0] == self.limit:
            raise ArithmeticError("compare #%d" % calls[0])
        return self.v < other.v


for limit, n, rev in ((3, 8, False), (20, 12, False), (20, 12, True), (150, 90, False), (400, 150, True)):
    calls[0] = 0
    items = [Fragile((i * 37 + 11) % n, limit) for i in range(n)]
    try:
        items.sort(reverse=rev)
    except ArithmeticError as e:
        print(type(e).__name__, e, "->", items)
    else:
        print("finished after", calls[0], items)

# An error from key= : nothing is reordered.
lst = [4, 1, 3, 2]
try:
    lst.sort(key=lambda x: 10 // (x - 3))
except ZeroDivisionError as e:
    print(type(e).__name__, e, lst)

# Mutating the list from a comparison.
class Meddler:
    def __init__(self, v, act):
        self.v = v
        self.act = act

    def __repr__(self):
        return "M%d" % self.v

    def __lt__(self, other):
        if self.act:
            self.act(box)
        return self.v < other.v


for name, act in (("append", lambda l: l.append(0)), ("append+pop", lambda l: (l.append(0), l.pop())),
                  ("clear", lambda l: l.clear()), ("extend []", lambda l: l.extend([]))):
    box = [Meddler(3, None), Meddler(1, act), Meddler(2, None)]
    try:
        box.sort()
        print(name, "ok", box)
    except ValueError as e:
        print(name, type(e).__name__, e, box)

# __lt__ declining: a list of one class calls __lt__ again inside the full protocol.
log = []


class Declines:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "D%d" % self.v

    def __lt__(self, other):
        log.append("%r<%r" % (self, other))
        return NotImplemented

    def __gt__(self, other):
        log.append("%r>%r" % (self, other))
        return self.v > other.v


print(sorted([Declines(2), Declines(3), Declines(1)]), log)
log.clear()
print(sorted([Declines(2), 7, Declines(1)], key=lambda x: x if isinstance(x, Declines) else Declines(x)), log)

# Non-bool results are tested for truth; that can fail too.
class Verdict:
    def __init__(self, ok):
        self.ok = ok

    def __bool__(self):
        if self.ok is None:
            raise LookupError("undecided")
        return self.ok


class Judged:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "J%d" % self.v

    def __lt__(self, other):
        return Verdict(None if self.v == other.v else self.v < other.v)


print(sorted([Judged(2), Judged(0), Judged(1)]))
try:
    sorted([Judged(2), Judged(0), Judged(2)])
except LookupError as e:
    print(type(e).__name__, e)

for bad in ([1, "2"], [(1, 2), (1, "x")], [None, None], [1j, 2j], [{}, {}], [[1], (1,)]):
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [].sort(1)
except TypeError as e:
    print(type(e).__name__, e)
