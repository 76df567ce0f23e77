# Exact linear algebra with a hand-written Rational number class (normalised, hashable,
# full operator set incl. reflected ops and comparisons with ints/floats), Gaussian
# elimination, determinant, inverse and solving a system.
class Rational:
    __slots__ = ("num", "den")
    def __init__(self, num, den=1):
        if isinstance(num, Rational):
            num, den = num.num * den, num.den
        if den == 0:
            raise ZeroDivisionError("Rational(%d, 0)" % num)
        if den < 0:
            num, den = -num, -den
        a, b = abs(num), den
        while b:
            a, b = b, a % b
        g = a or 1
        self.num, self.den = num // g, den // g
    @staticmethod
    def of(v):
        if isinstance(v, Rational):
            return v
        if isinstance(v, int):
            return Rational(v)
        return NotImplemented
    def __add__(self, o):
        o = Rational.of(o)
        if o is NotImplemented: return o
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = Rational.of(o)
        if o is NotImplemented: return o
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return Rational.of(o) - self
    def __mul__(self, o):
        o = Rational.of(o)
        if o is NotImplemented: return o
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Rational.of(o)
        if o is NotImplemented: return o
        return Rational(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return Rational.of(o) / self
    def __neg__(self): return Rational(-self.num, self.den)
    def __abs__(self): return Rational(abs(self.num), self.den)
    def __eq__(self, o):
        if isinstance(o, float):
            return self.num / self.den == o
        o = Rational.of(o)
        if o is NotImplemented: return o
        return (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = Rational.of(o)
        if o is NotImplemented: return o
        return self.num * o.den < o.num * self.den
    def __gt__(self, o):
        o = Rational.of(o)
        if o is NotImplemented: return o
        return o < self
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __float__(self): return self.num / self.den
    def __bool__(self): return self.num != 0
    def __repr__(self):
        return str(self.num) if self.den == 1 else "%d/%d" % (self.num, self.den)

def det_and_solve(matrix, rhs):
    n = len(matrix)
    m = [[Rational(x) for x in row] + [Rational(b)] for row, b in zip(matrix, rhs)]
    det = Rational(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r][col]), None)
        if pivot is None:
            return Rational(0), None
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det = det * m[col][col]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col])]
    return det, [m[i][n] / m[i][i] for i in range(n)]

def inverse(matrix):
    n = len(matrix)
    cols = []
    for j in range(n):
        _, x = det_and_solve(matrix, [int(i == j) for i in range(n)])
        if x is None:
            raise ValueError("matrix is singular")
        cols.append(x)
    return [[cols[j][i] for j in range(n)] for i in range(n)]

h = Rational(1, 2)
print(h, Rational(6, -8), Rational(0, 5), h + 1, 1 + h, h - 1, 1 - h, h * 4, 3 / Rational(4), h / h, -h, abs(-h))
print(h == 0.5, h == Rational(2, 4), h < 1, 2 > h, sorted([Rational(1, 3), Rational(-1), h, 0]), {Rational(2, 2), 1})
print(hash(Rational(4, 2)) == hash(2), float(Rational(1, 3)), bool(Rational(0)), sum([Rational(1, n) for n in range(1, 7)]))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    h + 0.5
except TypeError as e:
    print(type(e).__name__, e)

A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
det, x = det_and_solve(A, [8, -11, -3])
print("det", det, "solution", x)
hilbert = [[Rational(1, i + j + 1) for j in range(4)] for i in range(4)]
det, x = det_and_solve(hilbert, [1, 0, 0, 0])
print("hilbert det", det, "first column of inverse", x)
inv = inverse([[4, 7], [2, 6]])
print("inverse", inv)
product = [[sum((a * b for a, b in zip(row, col)), Rational(0)) for col in zip(*inv)] for row in [[4, 7], [2, 6]]]
print("check", product)
print(det_and_solve([[1, 2], [2, 4]], [1, 2]))
try:
    inverse([[1, 2], [2, 4]])
except ValueError as e:
    print(type(e).__name__, e)
