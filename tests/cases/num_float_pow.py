# Powers of floats and ints at the edges: infinities, NaNs, zeros and their signs,
# negative bases (complex results), huge exponents, overflow; shifts by huge counts; and
# operands that are never converted to float for an operator that does not apply.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


inf, nan = float('inf'), float('nan')
bases = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0, inf, -inf, nan]
exps = [0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 0.5, -0.5, inf, -inf, nan]
for b in bases:
    row = []
    for e in exps:
        try:
            row.append(repr(b ** e))
        except Exception as ex:
            row.append(type(ex).__name__)
    print(repr(b), ' '.join(row))

for f in [lambda: 2.0 ** 1024, lambda: (-2.0) ** 1025, lambda: 10.0 ** -400, lambda: 2 ** -1075,
          lambda: (-8) ** (1 / 3), lambda: (-1.0) ** 10**20, lambda: (-1) ** -(10**20 + 1),
          lambda: 2 ** -10**400, lambda: 10**400 ** -1, lambda: 0 ** 10**400, lambda: 1 ** 10**400,
          lambda: (-1) ** 10**400, lambda: 0.5 ** 10**400, lambda: 0 ** -1, lambda: 0 ** -inf,
          lambda: (-0.0) ** -3, lambda: (-0.0) ** 3, lambda: (-0.0) ** 0.5, lambda: 1.0 ** nan,
          lambda: nan ** 0, lambda: inf ** 1j, lambda: 1j ** inf, lambda: (3+4j) ** -inf,
          lambda: complex(inf, 0) ** 2, lambda: 1e200j ** 2, lambda: 0j ** -1]:
    show(f)

for f in [lambda: 0 << 2**70, lambda: 1 << 2**70, lambda: 0 << 10**30, lambda: -1 >> 2**70,
          lambda: 5 >> 10**30, lambda: 1 << -1, lambda: 1 >> -1, lambda: 7 << 0, lambda: True << 3,
          lambda: 0.5 & 10**400, lambda: 1j // 10**400, lambda: 1j % 10**400, lambda: 1j + 10**400,
          lambda: 0.5 + 10**400, lambda: 0.5 < 10**400, lambda: 10**400 == inf, lambda: 1j ** 10**400,
          lambda: divmod(0.5, 10**400), lambda: 0.5 ** 1j, lambda: (-0.5) ** 1.5]:
    show(f)
