# __index__: sequence repetition, subscripts, slices, conversions; len() results.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class M(I):
    def __rmul__(self, other):
        return ('M.rmul', type(other).__name__)


for f in [lambda: [0] * I(3), lambda: I(2) * [0], lambda: "ab" * I(2), lambda: I(2) * "ab",
          lambda: (1,) * I(2), lambda: b'x' * I(3), lambda: bytearray(b'x') * I(3),
          lambda: [0] * I(-1), lambda: [0] * M(2), lambda: 'ab' * M(2),
          lambda: [0] * I('a'), lambda: [0] * I(2.0), lambda: [0] * I(10**30),
          lambda: I(-10**30) * 'a', lambda: 'a' * (10**30), lambda: [0] * (-10**30),
          lambda: [0] * 2.0, lambda: [0] * None, lambda: 'a' * 2**62]:
    show(f)
items = [1]
items *= I(3)
print(items)

for f in [lambda: [1, 2, 3][I(1)], lambda: [1, 2, 3][I(-1)], lambda: [1, 2, 3][I('x')],
          lambda: 'abc'[I(1)], lambda: (1, 2)[I(5)], lambda: range(10)[I(2)],
          lambda: range(10)[I(10**30)], lambda: [1][I(10**30)], lambda: [1][10**30],
          lambda: 'abc'[I(-10**30)], lambda: [1, 2, 3][I(0):I(2)],
          lambda: [1, 2, 3][I(1):I(10**30)], lambda: [1, 2, 3][::I(-1)],
          lambda: [1, 2, 3][I(0):I('a')], lambda: 'abcdef'[I(-10**30):I(2)],
          lambda: [1, 2, 3][1.0:2], lambda: [1, 2][True]]:
    show(f)

for f in [lambda: hex(I(255)), lambda: bin(I('a')), lambda: oct(I(-8)), lambda: range(I(3)),
          lambda: range(I('a')), lambda: list(range(I(2), I(8), I(3))), lambda: int(I(5)),
          lambda: int(I('a')), lambda: float(I(5)), lambda: float(I('a')),
          lambda: complex(I('a')), lambda: round(2.5, I(0)), lambda: round(2.5, I('a')),
          lambda: bytes(I(3)), lambda: bytes(I('a')), lambda: chr(I(65)),
          lambda: '%d|%x|%o' % (I(5), I(255), I(8)), lambda: '%x' % 2.0,
          lambda: format(I(5), 'd'), lambda: [5, 6, 7].index(6, I(0)),
          lambda: 'x'.center(I(5)), lambda: (5).to_bytes(I(2), 'big')]:
    show(f)


class L:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


for v in [5, 0, -1, 10**30, -10**30, 2**63, 2**63 - 1, 'a', 1.0, True, I(3), I('x'), None]:
    show(lambda: len(L(v)))
    show(lambda: bool(L(v)))
show(lambda: len(5))
show(lambda: len())
