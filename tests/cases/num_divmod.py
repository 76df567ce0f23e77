# divmod(): ints and floats, __divmod__/__rdivmod__ dispatch, and the division messages.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class D:
    def __divmod__(self, other):
        return ('divmod', other)

    def __rdivmod__(self, other):
        return ('rdivmod', other)


class N:
    def __divmod__(self, other):
        return NotImplemented

    def __rdivmod__(self, other):
        return NotImplemented


class Sub(D):
    def __rdivmod__(self, other):
        return ('Sub.rdivmod', type(other).__name__)


class Big(int):
    pass


for f in [lambda: divmod(D(), 3), lambda: divmod(3, D()), lambda: divmod(N(), 3),
          lambda: divmod(3, N()), lambda: divmod(D(), Sub()), lambda: divmod(Big(7), 2),
          lambda: divmod(7, Big(-2)), lambda: divmod('a', 1), lambda: divmod(1, 'a'),
          lambda: divmod(1), lambda: divmod(1, 2, 3), lambda: divmod(a=1, b=2),
          lambda: divmod(1j, 2), lambda: divmod(2, 1j), lambda: divmod(None, None)]:
    show(f)

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (True, 2), (10**30, 7), (-10**30, 10**12),
             (7.5, 2), (-7.5, 2), (7, -2.5), (-0.0, 1), (0.0, -1), (1e308, 1e-308),
             (float('inf'), 1), (1, float('inf')), (-1, float('inf')), (float('nan'), 1),
             (5, 0.5), (2**53 + 1, 2.0)]:
    show(lambda: divmod(a, b))

for f in [lambda: divmod(1.0, 0), lambda: divmod(1, 0.0), lambda: divmod(1, 0),
          lambda: divmod(10**30, 0), lambda: divmod(0.0, -0.0), lambda: 1.0 % 0,
          lambda: 1.0 // 0, lambda: 1 // 0.0, lambda: 1.0 / 0, lambda: 1 / 0,
          lambda: 1 % 0, lambda: 10**30 % 0, lambda: 10**30 // 0, lambda: 10**30 / 0,
          lambda: 1j / 0, lambda: float('inf') % 1, lambda: 5 % float('inf'),
          lambda: -5 % float('inf'), lambda: -5.0 // float('inf'), lambda: 10**400 / 1.5,
          lambda: 10**400 // 1.5, lambda: divmod(10**400, 1.5), lambda: 2**1100 / 2**1000]:
    show(f)

for f in [lambda: (7).__divmod__(2), lambda: (7).__rdivmod__(2), lambda: (7).__divmod__(2.0),
          lambda: (7.0).__rdivmod__(2), lambda: (7.0).__divmod__(2), lambda: (7.5).__floordiv__(2),
          lambda: (7).__truediv__(2.0), lambda: (7).__mod__(-3), lambda: int.__divmod__(7.0, 2),
          lambda: float.__divmod__(7, 2)]:
    show(f)
