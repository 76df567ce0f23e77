# complex(): strings in every accepted form, numbers, __complex__, errors.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['1+2j', ' 1+2j ', '(1+2j)', ' ( 1-2j ) ', 'j', '-j', '+j', '2j', '2J',
          '1e3j', '1e-3+1e3J', '-1.5e10', '.5j', '5.j', '(1)', '\t1-2j\n',
          'inf', 'infj', '-infj', 'nan+nanj', 'inf-infj', '-nanj', '1+infinityj',
          '1_0+2_0j', '+1-j', '1-J', '１+２j', '\u20031+1j\u3000']:
    show(lambda: complex(s))

for s in ['1 + 2j', '()', '(', '1+', '1+2', 'j1', '1j+2', '1+2jj', '', ' ',
          '(1+2j', '1+2j)', '1+-2j', '0x1+1j', '1e+j', '1\x00', '1__0j',
          '_1j', '1_j', 'abc', '1+2i', '((1+2j))']:
    show(lambda: complex(s))

show(lambda: complex())
show(lambda: complex(2))
show(lambda: complex(2.5, -1))
show(lambda: complex(1+2j, 3+4j))
show(lambda: complex(1+2j, 3))
show(lambda: complex(1, 3j))
show(lambda: complex(0, -0.0))
show(lambda: complex(-0.0, 0))
show(lambda: complex(imag=-0.0))
show(lambda: complex(real=1, imag=2))
show(lambda: complex(imag=2j))
show(lambda: complex(True, False))
show(lambda: complex('1', 2))
show(lambda: complex(1, '2'))
show(lambda: complex(b'1'))
show(lambda: complex(None))
show(lambda: complex([]))
show(lambda: complex(1, None))
show(lambda: complex(1, 2, 3))
show(lambda: complex(x=1))
show(lambda: complex(10**400))
show(lambda: complex(1, 10**400))


class C:
    def __complex__(self):
        return 3+4j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class Bad:
    def __complex__(self):
        return 1


class Both:
    def __complex__(self):
        return 1j

    def __float__(self):
        return 2.0


for obj in [C(), F(), I(), Bad(), Both()]:
    show(lambda: complex(obj))
show(lambda: complex(C(), 1))
show(lambda: complex(1, C()))
show(lambda: complex(F(), F()))
show(lambda: complex(1, I()))
