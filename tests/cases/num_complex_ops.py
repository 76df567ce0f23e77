# complex arithmetic, powers and their errors, comparisons, hashing, abs, dunders.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a, b = 3+4j, 1-2j
print(a + b, a - b, a * b, a / b, -a, +a, a + 1, 2.5 - a, a * True, 1 / a)
print(abs(a), abs(-0j), abs(complex(1e308, 1e308)), a.conjugate(), (5).conjugate())
print(a.real, a.imag, (1.5).real, (1.5).imag, (5).real, (5).imag, True.imag)
print((1+1j) ** 2, (1+1j) ** -2, (1+1j) ** 0.5, 2 ** (1+1j), 1j ** 101, (1+1j) ** 0)
print((-8) ** (1 / 3), (-8.0) ** 0.5, (-1) ** 0.5, 0j ** 0, 0j ** 0j, 0j ** 2)
for f in [lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** (1+1j), lambda: pow(0j, -2.5),
          lambda: (1+1j) ** 10000, lambda: 1e200j ** 2, lambda: (1e200+1e200j) ** 2.5,
          lambda: complex(float('inf'), 0) ** 2, lambda: abs(complex(1e308, 1e308) * 2),
          lambda: 1j / 0, lambda: 1 / 0j, lambda: 1j // 2, lambda: 1j % 2,
          lambda: divmod(1j, 2), lambda: pow(1j, 2, 3), lambda: pow(2, 1j, 3),
          lambda: 1j & 1, lambda: ~1j, lambda: 1j + 'a', lambda: 'a' * 1j,
          lambda: [1] * 1j, lambda: int(1j), lambda: float(1j), lambda: round(1j),
          lambda: 1j + 10**400]:
    show(f)

for f in [lambda: 1j < 2j, lambda: 1j > 1, lambda: 1j <= 1.0, lambda: 1 >= 1j,
          lambda: 1j < None]:
    show(f)
print(1j == 1j, 1+0j == 1, 1+0j == 1.0, 1+0j == True, 1j != None, 1j == 'j')
print(complex(2**53 + 1, 0) == 2**53 + 1, complex(2**53, 0) == 2**53, 0j == False)
print(hash(1+0j) == hash(1), hash(1.5+0j) == hash(1.5), hash(0j) == hash(0))
print(hash(complex(-1, 0)), hash(1j), hash(2+3j), hash(complex(2, -1)))
print({1: 'int'}[1+0j], {1+0j: 'c'}[1.0], 2+0j in {2, 3}, len({1, 1.0, 1+0j, True}))
print(bool(0j), bool(-0j), bool(1e-300j), bool(complex(0, float('nan'))))
print(sum([1j, 2, 0.5]), max([1, 2]) * 1j, [1j, 2j].index(2j), (1j).__class__.__name__)

show(lambda: (1+2j).__complex__())
show(lambda: (3+4j).__abs__())
show(lambda: (3+4j).__add__(1))
show(lambda: (3+4j).__radd__(1.5))
show(lambda: (3+4j).__rsub__(1))
show(lambda: (3+4j).__mul__('a'))
show(lambda: (3+4j).__eq__(3+4j))
show(lambda: (3+4j).__ne__(3))
show(lambda: (3+4j).__lt__(1))
show(lambda: (3+4j).__pow__(2))
show(lambda: (3+4j).__rpow__(2))
show(lambda: (3+4j).__pow__(2, 3))
show(lambda: (3+4j).__truediv__(0))
show(lambda: (3+4j).__rtruediv__(25))
show(lambda: (3+4j).__getnewargs__())
show(lambda: (3+4j).__neg__())
show(lambda: (0j).__bool__())
show(lambda: (3+4j).__hash__() == hash(3+4j))
show(lambda: (3+4j).__repr__())
show(lambda: complex.conjugate(1j))
show(lambda: complex.conjugate(1))
show(lambda: complex.__add__(1, 1j))
print(sorted(n for n in dir(complex) if not n.startswith('_')))
print(hasattr(1j, '__floordiv__'), hasattr(1j, '__mod__'), hasattr(1j, '__divmod__'),
      hasattr(1j, '__int__'), hasattr(1j, '__float__'), hasattr(1j, '__round__'))
