"""Fraction and matrix library with operator overloading, hashing and numeric tower."""
import math
import operator
import sys
from functools import reduce, total_ordering, lru_cache


@total_ordering
class Frac:
    __slots__ = ("num", "den")

    def __new__(cls, num=0, den=1):
        if isinstance(num, str):
            text = num.strip()
            if "/" in text:
                a, b = text.split("/")
                num, den = int(a), int(b)
            elif "." in text or "e" in text.lower():
                mant, _, exp = text.lower().partition("e")
                whole, _, frac = mant.partition(".")
                sign = -1 if whole.startswith("-") else 1
                digits = int((whole.lstrip("+-") or "0") + frac)
                num = sign * digits * 10 ** max(0, int(exp or 0))
                den = 10 ** len(frac) * 10 ** max(0, -int(exp or 0))
            else:
                num = int(text)
        elif isinstance(num, float):
            num, den = num.as_integer_ratio()
        elif isinstance(num, Frac):
            num, den = num.num, num.den * den
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self = object.__new__(cls)
        self.num = num // g
        self.den = den // g
        return self

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __format__(self, spec):
        if spec.endswith("f"):
            return format(self.num / self.den, spec)
        return format(str(self), spec)

    @staticmethod
    def _coerce(other):
        if isinstance(other, Frac):
            return other
        if isinstance(other, int):
            return Frac(other)
        return None

    def _op(fwd):
        def forward(a, b):
            b2 = Frac._coerce(b)
            if b2 is not None:
                return fwd(a, b2)
            if isinstance(b, float):
                return fwd(float(a), b) if False else getattr(operator, fwd.__name__.strip("_"))(float(a), b)
            if isinstance(b, complex):
                return getattr(operator, fwd.__name__.strip("_"))(complex(float(a)), b)
            return NotImplemented

        def reverse(b, a):
            a2 = Frac._coerce(a)
            if a2 is not None:
                return fwd(a2, b)
            if isinstance(a, (float, complex)):
                return getattr(operator, fwd.__name__.strip("_"))(a, float(b))
            return NotImplemented

        forward.__name__ = f"__{fwd.__name__.strip('_')}__"
        reverse.__name__ = f"__r{fwd.__name__.strip('_')}__"
        return forward, reverse

    def _add(a, b):
        return Frac(a.num * b.den + b.num * a.den, a.den * b.den)
    _add.__name__ = "add"

    def _sub(a, b):
        return Frac(a.num * b.den - b.num * a.den, a.den * b.den)
    _sub.__name__ = "sub"

    def _mul(a, b):
        return Frac(a.num * b.num, a.den * b.den)
    _mul.__name__ = "mul"

    def _truediv(a, b):
        return Frac(a.num * b.den, a.den * b.num)
    _truediv.__name__ = "truediv"

    __add__, __radd__ = _op(_add)
    __sub__, __rsub__ = _op(_sub)
    __mul__, __rmul__ = _op(_mul)
    __truediv__, __rtruediv__ = _op(_truediv)
    del _op, _add, _sub, _mul, _truediv

    def __floordiv__(self, other):
        other = Frac._coerce(other)
        return (self.num * other.den) // (self.den * other.num)

    def __mod__(self, other):
        other = Frac._coerce(other)
        return self - other * (self // other)

    def __divmod__(self, other):
        return self // other, self % other

    def __pow__(self, exp, mod=None):
        if mod is not None:
            raise TypeError("Frac does not support 3-argument pow")
        if isinstance(exp, int):
            if exp >= 0:
                return Frac(self.num ** exp, self.den ** exp)
            return Frac(self.den ** -exp, self.num ** -exp)
        return float(self) ** exp

    def __rpow__(self, base):
        if self.den == 1:
            return base ** self.num
        return base ** float(self)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __pos__(self):
        return self

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den) if abs(self.num) < 2 ** 53 else -(-self.num // self.den) if self.num < 0 else self.num // self.den

    def __index__(self):
        if self.den != 1:
            raise TypeError(f"{self} is not an integer")
        return self.num

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self.num * 2 + self.den, self.den * 2)
            if r == 0 and q % 2:
                q -= 1
            return q
        shift = 10 ** ndigits
        return Frac(round(self * shift), shift)

    def __trunc__(self):
        return self.__int__()

    def __floor__(self):
        return self.num // self.den

    def __ceil__(self):
        return -(-self.num // self.den)

    def __bool__(self):
        return self.num != 0

    def __eq__(self, other):
        if isinstance(other, Frac):
            return self.num == other.num and self.den == other.den
        if isinstance(other, int):
            return self.den == 1 and self.num == other
        if isinstance(other, float):
            return float(self) == other
        return NotImplemented

    def __lt__(self, other):
        o = Frac._coerce(other)
        if o is None:
            if isinstance(other, float):
                return float(self) < other
            return NotImplemented
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        if self.den == 1:
            return hash(self.num)
        return hash((self.num, self.den))


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if len({len(r) for r in rows}) > 1:
            raise ValueError("ragged matrix")
        self.rows = [[x if isinstance(x, Frac) else Frac(x) for x in r] for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            if isinstance(i, slice) or isinstance(j, slice):
                rows = self.rows[i] if isinstance(i, slice) else [self.rows[i]]
                return Matrix([r[j] if isinstance(j, slice) else [r[j]] for r in rows])
            return self.rows[i][j]
        return tuple(self.rows[idx])

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = Frac(value)

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __len__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), Frac()) for c in cols] for r in self.rows])

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __pow__(self, e):
        result = Matrix.identity(self.n)
        base = self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    T = property(transpose)

    def det(self):
        rows = [r[:] for r in self.rows]
        n, sign, d = self.n, 1, Frac(1)
        for c in range(n):
            pivot = next((r for r in range(c, n) if rows[r][c]), None)
            if pivot is None:
                return Frac(0)
            if pivot != c:
                rows[c], rows[pivot] = rows[pivot], rows[c]
                sign = -sign
            d *= rows[c][c]
            for r in range(c + 1, n):
                f = rows[r][c] / rows[c][c]
                rows[r] = [a - f * b for a, b in zip(rows[r], rows[c])]
        return d * sign

    def inverse(self):
        n = self.n
        aug = [r[:] + [Frac(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            pivot = max(range(c, n), key=lambda r: abs(aug[r][c]))
            if not aug[pivot][c]:
                raise ZeroDivisionError("matrix is singular")
            aug[c], aug[pivot] = aug[pivot], aug[c]
            pv = aug[c][c]
            aug[c] = [x / pv for x in aug[c]]
            for r in range(n):
                if r != c and aug[r][c]:
                    f = aug[r][c]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
        return Matrix([r[n:] for r in aug])

    def __repr__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max((len(c) for r in cells for c in r), default=1)
        return "\n".join("[" + " ".join(f"{c:>{w}}" for c in r) + "]" for r in cells)


@lru_cache(maxsize=None)
def bernoulli(n):
    if n == 0:
        return Frac(1)
    return -sum((Frac(math.comb(n + 1, k)) * bernoulli(k) for k in range(n)), Frac()) / (n + 1)


def main():
    a, b = Frac(3, 4), Frac("-5/6")
    print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(Frac(7, 2), 2))
    print(repr(Frac(0.75)), Frac("1.25"), Frac("-2.5e-3"), Frac("3e2"), Frac(6, -4), Frac(a, 2))
    print(a + 1, 1 + a, 2 - a, a * 0.5, 0.5 * a, a / 1j if False else a + 0.25, 3 / a)
    print(a ** 2, a ** -2, 2 ** Frac(3), 4 ** Frac(1, 2), a ** 0.5)
    print(round(Frac(5, 2)), round(Frac(7, 2)), round(Frac(-5, 2)), round(Frac(22, 7), 3), math.floor(b), math.ceil(b), math.trunc(b), int(b))
    print(a == 0.75, a == Frac(6, 8), Frac(4, 2) == 2, hash(Frac(4, 2)) == hash(2), a < 1, a > b, b <= -0.5, sorted([a, b, Frac(0), 1, 0.5]))
    print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), 0.5}), [10, 20, 30][Frac(2, 1)], f"{a:>8}|{a:.3f}|{b!r}")
    try:
        [1, 2][Frac(1, 2)]
    except TypeError as e:
        print("TypeError:", e)
    try:
        Frac(1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        pow(a, 2, 5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        a < "x"
    except TypeError as e:
        print("TypeError:", e)
    print(sum([Frac(1, n) for n in range(1, 11)], Frac()), reduce(operator.mul, [Frac(k, k + 1) for k in range(1, 10)]))
    print([str(bernoulli(i)) for i in range(0, 13, 2)], bernoulli.cache_info())
    m = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
    print(m, "det", m.det(), sep="\n")
    inv = m.inverse()
    print(inv)
    print(m @ inv == Matrix.identity(3), (inv @ m).rows == Matrix.identity(3).rows)
    print(m.T)
    print(m[0], m[1, 2], m[0:2, 1:], sep="\n")
    fib = Matrix([[1, 1], [1, 0]]) ** 90
    print(fib[0, 1], fib[0, 1] == 2880067194370816120)
    print(Frac(1, 3) * m + m)
    try:
        Matrix([[1, 2], [2, 4]]).inverse()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        m @ Matrix([[1, 2]])
    except ValueError as e:
        print("ValueError:", e)
    try:
        {m: 1}
    except TypeError as e:
        print("TypeError:", e)
    print(list(Matrix([[1, 2], [3, 4]])), len(m), Frac(10 ** 30 + 1, 3 * 10 ** 29), float(Frac(10 ** 400, 10 ** 399 * 3)))
    big = Frac(2 ** 200 + 1, 2 ** 199)
    print(int(big), math.floor(-big), float(big), big.__ceil__())


main()
