# sum(): start values, refusals, argument errors, 3.11's plain float addition; round():
# ints with negative ndigits, None, exact float rounding, __round__ dispatch.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for f in [lambda: sum([b'a'], b''), lambda: sum([], b''), lambda: sum([], bytearray()),
          lambda: sum(['a'], ''), lambda: sum([[1], [2]], []), lambda: sum([(1,), (2,)], ()),
          lambda: sum([1, 2], start=10), lambda: sum([1, 2], 10), lambda: sum([1], start=''),
          lambda: sum(iterable=[1]), lambda: sum(), lambda: sum([1], 2, 3),
          lambda: sum([1], 2, start=3), lambda: sum([1], foo=2), lambda: sum(start=3),
          lambda: sum(5), lambda: sum([1.5, 'a']), lambda: sum([1, 'a']), lambda: sum(['a', 'b'])]:
    show(f)

for f in [lambda: sum([0.1] * 10), lambda: sum([1e100, 1.0, -1e100, 1.0]),
          lambda: sum([0.1, 0.2, 0.3]), lambda: sum([1, 0.1, 0.2]), lambda: sum([0.1, 1, 2**70]),
          lambda: sum([1, 2**70, 0.5]), lambda: sum([1j, 2, 0.5]), lambda: sum([2**62] * 3),
          lambda: sum([True, True]), lambda: sum([float('inf'), float('-inf')]),
          lambda: sum([1e308, 1e308]), lambda: sum([-0.0, -0.0]), lambda: sum([-0.0], -0.0),
          lambda: sum([], -0.0), lambda: sum(range(10), 0.5), lambda: sum([1e16, 1.0, 1.0]),
          lambda: sum(x * x for x in range(100)), lambda: sum([10**400, 1.0])]:
    show(f)

for args in [(12345, -2), (12350, -2), (12450, -2), (-12350, -2), (5, -1), (15, -1),
             (10**30 + 5 * 10**9, -10), (12345, -100), (12345, 2), (True, -1), (True,),
             (2.5, None), (3.5, None), (2.675, 2), (2.5,), (-0.5,), (0.5,), (1e300, -300),
             (1.5, -400), (1.5, 400), (123.456, -1), (-0.4,), (-0.04, 1), (5e-324, 323),
             (5e-324, 324), (1e15 + 0.5, 0), (0.285, 2), (1.0000000000000002, 15),
             (float('inf'), 2), (float('nan'), 2), (float('inf'),), (float('nan'),),
             (1.7976931348623157e308, -308), (1.5, 10**30), (1.5, -10**30), (1.5, True)]:
    show(lambda: round(*args))


class R:
    def __round__(self, n=None):
        return ('R.round', n)


class R0:
    def __round__(self):
        return 'R0.round'


for f in [lambda: round(R()), lambda: round(R(), 3), lambda: round(R(), None),
          lambda: round(R0()), lambda: round(R0(), 1), lambda: round(R0(), None),
          lambda: round(1j), lambda: round(None), lambda: round('a'), lambda: round(1.5, 'a'),
          lambda: round(number=2.5, ndigits=0), lambda: round(), lambda: round(1, 2, 3),
          lambda: round(1.5, foo=2), lambda: (2.5).__round__(), lambda: (2.5).__round__(None),
          lambda: (25).__round__(-1), lambda: type(round(2.5, 0)).__name__,
          lambda: type(round(25, 0)).__name__, lambda: type(round(True, 0)).__name__]:
    show(f)
