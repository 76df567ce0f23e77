# Unpacking assignments and for-targets that fail: CPython's exceptions and messages.
class G:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
class Bad:
    def __iter__(self): raise ValueError("no iter")
class Len:
    def __iter__(self): return iter([1, 2, 3])
    def __len__(self): return 3
srcs = [
 "a, b = 1", "a, b = [1]", "a, b = [1, 2, 3]", "a, b = 'abc'", "a, b = {1: 2}", "a, b = G()", "a, b = Bad()", "a, b = None",
 "a, *b = []", "*a, b, c = [1]", "a, *b, c = 'x'", "a, b = range(5)", "a, b = iter([1, 2, 3])", "a, b = Len()",
 "(a, b), c = [1, 2], 3", "(a, b), c = 1, 2", "[a, [b, c]] = [1, [2]]", "a, b = {1, 2, 3}", "a, *b, c, d = range(2)",
 "for a, b in [(1, 2), (3,)]: pass", "for a, b in [1]: pass", "x = [a for a, b in [(1,)]]", "a, b = b'ab'",
 "a, b = 1, 2, 3", "[a] = []", "a, = 1, 2", "(*a,) = 5", "a, b = (i for i in range(3))",
 "a, b = dict(x=1, y=2, z=3).items()", "a, b, c = 'ab'", "*a, = None",
]
for src in srcs:
    try:
        exec(src, {"G": G, "Bad": Bad, "Len": Len})
        print(repr(src), "ok")
    except Exception as e:
        print(repr(src), type(e).__name__ + ":", e)
