# float.hex() and float.fromhex(): exact binary values, rounding, errors.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0.0, -0.0, 1.0, -1.5, 0.1, 3.14159, 1 / 3, 1e300, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan')]:
    show(lambda: x.hex())

# Round trips through the hex form are exact.
for x in [0.1, 1 / 3, 5e-324, 1e-310, 123456.789, -2.5e-300]:
    print(float.fromhex(x.hex()) == x, end=' ')
print()

for s in ['0x1p0', '0x1.8p1', '-0x1p-2', '0X1P+3', '+0x1p0', '  0x1.4p3  \n',
          '1', '1.5', 'a', 'ABC.DEp-4', '0x.8', '0x8.', '0x0p9999999',
          'inf', '-Infinity', 'nan', 'nAn', '-nan',
          '0x1.fffffffffffffp1023', '0x1p-1074', '0x1p-1075', '0x1.8p-1074',
          '0x3p-1076', '0x1.00000000000008p0', '0x1.00000000000018p0',
          '0x1.000000000000080001p0', '0x1.123456789abcdef0123p0',
          '0x1p-9999999999', '0x0.0000000000001p-1022']:
    show(lambda: float.fromhex(s))

# Overflow and malformed strings.
for s in ['0x1p1024', '0x1.fffffffffffff8p1023', '0x1p9999999999',
          '', ' ', '0x', '0xp1', '0x1p', '0x1p+', '0x1g', '0x1_0p0',
          '1e5', '0x1.2.3', '--0x1', 'infinit', '0x1p1.5']:
    show(lambda: float.fromhex(s))

show(lambda: float.fromhex(1))
show(lambda: float.fromhex())
show(lambda: (1.5).hex(1))
show(lambda: float.hex(1))
show(lambda: float.hex(2.5))
print([float.fromhex(h).hex() for h in ['0x1.0p0', '0x2p0', '0x0.1p4']])
