# The format-spec mini-language for int, float, bool and str: validation messages, the
# z flag, grouping, zero padding, alignment, and type codes.


def show(v, spec):
    try:
        print(type(v).__name__, repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(type(v).__name__, repr(spec), type(e).__name__, e)


specs = ['z', 'zd', 'z.1f', ' ', '+', '=5', '05', '<05', '^7', ',', '_', ',,', ',_', '_,',
         '#', '.2', '.2s', 'c', 'n', ',n', '_n', ',d', '_x', ',x', ',s', '.f', 'é', '\x01',
         '€', 'xx', ',.2f', '_e', '_%', '>>', '\x00>5', 'z#5.1f', '#z', 'zz',
         '99999999999999999999', '.2147483648f', '#o', '#X', '_b', '+c', '#c']
for v in [1, -1.5, 'ab', True]:
    for spec in specs:
        show(v, spec)

for w in range(4, 12):
    print(w, [format(1234, '0%d,' % w), format(-1234.5, '0%d,.1f' % w),
              format(255, '#0%d_x' % w), format(-1234, '0%d_' % w)])
print([format(1234, 'x=10,'), format(1234, '0=10,'), format(1234, ' 010,'),
       format(float('inf'), '010'), format(float('nan'), '010,'), format(-0.0, '010')])
for x in [-0.0, -0.001, -0.04, 0.001, -1e-10]:
    print([format(x, s) for s in ['z', 'z.1f', 'z.1e', 'z.1g', 'z.1%', 'z', '+z.0f', ' z.2']])
for x in [float('inf'), float('-inf'), float('nan')]:
    print([format(x, s) for s in ['%', '.2%', 'E', 'F', 'G', '+', '08.2f', '=+10']])
for x in [0.0, 1.0, 1e16, 123.0, 1e-5, 0.5, 2.5, 0.125, 1234567.0, 1e22]:
    print([format(x, s) for s in ['', '#', 'g', '#g', '.0', '.3', '#.0e', '#.0f',
                                  '.0f', 'n', ',', '_.1f', '.1%', '.2e']])
print([format(n, s) for n in [0, 65, 10**20, -255] for s in ['c', 'b', '#b', 'o', 'x', ',', 'e']
       if not (s == 'c' and (n < 0 or n > 1114111))])
for v, spec in [(10**400, 'e'), (10**400, 'f'), (-1, 'c'), (0x110000, 'c'), (None, '5'),
                (None, ''), (object, 'x')]:
    show(v, spec)
print(f"{1234.5:_>12,.2f}|{-42:=+8}|{42:^8}|{'s':*<4}|{3.5!r:>6}|{10:#x}|{0.5:.0%}")
