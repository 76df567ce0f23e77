# List/sequence edges: huge and negative slice steps, slice.indices() exactness, iterators
# whose __iter__ misbehaves in every consumer, join/unpacking messages, min/max/sorted.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

M = 2**63
for seq in [list(range(10)), tuple(range(10)), "abcdefghij", b"abcdefghij", range(10)]:
    print(type(seq).__name__, [seq[sl] for sl in [slice(None, None, -M), slice(None, None, M),
                                                 slice(M, -M, -3), slice(5, None, -M - 5)]])
x = list(range(10)); del x[::-M]; print(x)
x = list(range(10)); x[::-M] = ["z"]; print(x)
print(slice(None, None, -M).indices(2**70), slice(-M, M, M).indices(5))
class I:
    def __index__(self): return 3
print(slice(I(), None, I()).indices(I()), slice(-100, 100, -1).indices(10))
for n in [-1, 1.5, "a"]:
    t("indices", lambda: slice(1).indices(n))

class BadIter:
    def __iter__(self): return 1
b = BadIter()
def loop():
    for _ in b: pass
def unpack():
    p, q = b
def gen():
    yield from b
for label, f in [("for", loop), ("unpack", unpack), ("yield from", lambda: list(gen())),
                 ("list", lambda: list(b)), ("sorted", lambda: sorted(b)),
                 ("str.join", lambda: "".join(b)), ("bytes.join", lambda: b"".join(b)),
                 ("star", lambda: [*b]), ("zip", lambda: zip(b)), ("in", lambda: 1 in b),
                 ("slice", lambda: [1, 2].__setitem__(slice(0, 1), b)),
                 ("ext slice", lambda: [1, 2].__setitem__(slice(0, 2, 2), b))]:
    t(label, f)
def gen_fails():
    yield "a"
    raise KeyError("mid")
t("join mid", lambda: "".join(gen_fails()))
t("join int", lambda: "".join(5))
t("join item", lambda: "-".join(["a", 1]))

t("max key", lambda: max([1, 2], key=lambda x: -x))
t("max default", lambda: max("abc", default=1, key=ord))
t("min empty", lambda: min([], default=None))
t("max empty", lambda: max(iter([])))
t("min mixed", lambda: min(1, "a"))
t("sorted sets", lambda: sorted([{1}, {2}]))
t("sorted cx", lambda: sorted([1j, 2j]))
lst = [3, 1, 2]
t("mutating sort", lambda: lst.sort(key=lambda x: lst.append(x) or x))
print(lst)
t("list.__eq__", lambda: (list.__eq__([], ()), list.__lt__([], ()), {1}.__le__([1])))
t("index range", lambda: [1, 2, 3].index(2, -2**64, 2**64))
t("insert big", lambda: ([1].insert(2**64, 5)))
t("repeat", lambda: [1] * (2**63))
t("pop big", lambda: [].pop(2**63))
