# pow() with two and three arguments: user classes' __pow__/__rpow__, the order CPython
# tries the operands' types in, and the errors for floats, complex numbers and arity.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class P:
    def __pow__(self, other, mod=None):
        return ('P.pow', type(other).__name__, other if type(other) is int else '', mod)

    def __rpow__(self, other, mod=None):
        return ('P.rpow', type(other).__name__, mod)


class Q:
    def __pow__(self, other):
        return ('Q.pow', type(other).__name__)

    def __rpow__(self, other):
        return ('Q.rpow', type(other).__name__)


class N:
    def __pow__(self, other, mod=None):
        return NotImplemented


class Small(int):
    pass


for f in [lambda: pow(P(), 2), lambda: pow(P(), 2, 5), lambda: pow(2, P()),
          lambda: pow(2, P(), 5), lambda: pow(2, 3, P()), lambda: pow(Q(), 2),
          lambda: pow(Q(), 2, 5), lambda: pow(2, Q()), lambda: pow(2, Q(), 5),
          lambda: P() ** 3, lambda: 3 ** P(), lambda: P() ** Q(), lambda: Q() ** P(),
          lambda: pow(P(), Q(), 1), lambda: pow(N(), 2), lambda: pow(N(), 2, 3),
          lambda: pow(Small(3), 2, 5), lambda: pow(3, Small(2), Small(5)),
          lambda: pow(Small(2), -1, 5), lambda: type(pow(Small(2), 2, 5)).__name__]:
    show(f)

for f in [lambda: pow(2, 3, 4, 5), lambda: pow(2), lambda: pow(),
          lambda: pow(base=2, exp=3, mod=5), lambda: pow(2, exp=10),
          lambda: pow(2, 3, foo=1), lambda: pow(2, 3, None), lambda: pow(2, 3, mod=None)]:
    show(f)

for f in [lambda: pow(2.0, 3, 4), lambda: pow(2, 3.0, 4), lambda: pow(2, 3, 4.0),
          lambda: pow(1.5, 'a', 3), lambda: pow(2+1j, 2, 3), lambda: pow(2, 1j, 3),
          lambda: pow(1j, 'a', 3), lambda: pow('a', 2, 3), lambda: pow(2, 'a', 3),
          lambda: pow(2, 3, 'a'), lambda: pow(True, True, True)]:
    show(f)

for f in [lambda: pow(2, -1, 5), lambda: pow(2, -1, 4), lambda: pow(2, 3, 0),
          lambda: pow(2, 3, -5), lambda: pow(-2, 3, 5), lambda: pow(38, -1, 97),
          lambda: pow(10**20, 10**20, 10**9 + 7), lambda: pow(0, 0, 1), lambda: pow(5, 0, -3)]:
    show(f)

for f in [lambda: 0.0 ** -1, lambda: 0 ** -1, lambda: 2.0 ** 10000, lambda: 10 ** -2,
          lambda: 2 ** 0.5, lambda: (-8) ** (1 / 3), lambda: (-2.0) ** 2,
          lambda: float('inf') ** -1, lambda: (-1) ** 10**20, lambda: 1 ** -10**20,
          lambda: (7).__pow__(2, 5), lambda: (7).__rpow__(2, 5), lambda: (7).__pow__(-1, 5),
          lambda: (7.0).__pow__(2, 5), lambda: (7).__pow__(2.0)]:
    show(f)
