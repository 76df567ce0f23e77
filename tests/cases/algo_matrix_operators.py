# A matrix class with the operator protocol: @ and @=, ** by squaring on bigints, reflected *,
# indexing by tuples, __hash__ = None, truth and length, and its error messages.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows); self.m = len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(f"{x:>{w}}" for x in r) for r in self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def __getitem__(self, ij):
        if isinstance(ij, tuple):
            i, j = ij
            return self.rows[i][j]
        return self.rows[ij]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {o.n}x{o.m}")
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __pow__(self, k):
        r = Matrix.identity(self.n); b = self
        while k:
            if k & 1: r = r @ b
            b = b @ b; k >>= 1
        return r
    def __add__(self, o): return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __neg__(self): return Matrix([[-x for x in r] for r in self.rows])
    def __mul__(self, k): return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __iter__(self): return iter(self.rows)
    def __len__(self): return self.n
    def __bool__(self): return any(any(r) for r in self.rows)
    def transpose(self): return Matrix(zip(*self.rows))
fib = Matrix([[1, 1], [1, 0]])
print(fib ** 10, repr(fib ** 90), sep="\n")
print((fib ** 300)[0, 1] % 10**9, len(str((fib ** 1000)[0][1])))
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m @ m.transpose(), m.transpose() @ m, sep="\n")
try:
    m @ m
except ValueError as e:
    print(e)
mm = Matrix.identity(2); mm @= fib; mm @= fib; print(repr(mm), mm == fib ** 2, mm != fib)
print(2 * m, m * 0.5, -m, m + m, bool(Matrix([[0]])), bool(m), list(m), len(m), sep="\n")
try:
    {m}
except TypeError as e:
    print(e)
m[0, 0] = 100; print(m[0], m[0, 0], m[-1][-1])
try:
    m @ 5
except AttributeError as e:
    print(e)
try:
    5 @ m
except TypeError as e:
    print(e)
