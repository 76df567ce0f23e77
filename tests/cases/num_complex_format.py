# repr/str of complex numbers in corner cases, format() specs and f-strings.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


inf, nan = float('inf'), float('nan')
for c in [0j, -0j, complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0),
          1e300j * 1e10, complex(1e16, 1e-5), complex(1e15, 1), complex(nan, inf),
          complex(-nan, -nan), complex(1, -nan), complex(-1, -inf), complex(1e-7, 123456789.125),
          complex(1e20, 1e-20), complex(123456789012345678, 1), 2j ** 0.5]:
    print(repr(c), str(c), c.real, c.imag, c.conjugate())

z = 1+2j
for spec in ['', '10', '<15', '>15', '^15', '*^17', '+', '-', ' ', '.2f', '.3e',
             'g', '.2g', 'G', 'E', 'F', '15.3f', ',.2f', '_', 'z.1f', '#', '#.0f',
             '.0f', 'n', '.3', '10.2', '#g', '+.1e']:
    print(repr(spec), [format(v, spec) for v in (z, -0.0-0j, complex(0, 1e20), 3j)])

for spec in ['=10', '010', '0', '<010', 'd', 'x', '%', 's', 'r', 'c', ',n', '_x', 'xx']:
    show(lambda: format(z, spec))

show(lambda: format(complex(inf, nan), ''))
show(lambda: format(complex(inf, nan), 'F'))
show(lambda: format(complex(-0.0, -0.001), 'z.1f'))
show(lambda: format(complex(1, -0.0), ''))
show(lambda: format(complex(1234567, -7654321), ',.1f'))
show(lambda: format(complex(1234567, -7654321), '30,'))
print(f"{z}|{z:>12}|{z!r:>12}|{z:.1f}|{z=}|{z!s:^10}|")
print("{:^20.3f}|{:*<12}|{!r}".format(z, -z, z))
print('%s %r' % (z, -z))
show(lambda: '%f' % z)
show(lambda: '%d' % z)
show(lambda: z.__format__('.1f'))
show(lambda: z.__format__(''))
show(lambda: z.__format__(5))
