# str(), %-formatting, format() and f-strings of builtin subclasses that override
# __str__/__repr__/__format__: which hook each one uses.
def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


class S(str):
    def __str__(self):
        return 'S.__str__'

    def __repr__(self):
        return 'S.__repr__'

    def __format__(self, spec):
        return 'S.__format__' + spec


s = S('raw')
for f in [lambda: str(s), lambda: '%s' % s, lambda: '%r' % s, lambda: f'{s}',
          lambda: f'{s!s}', lambda: f'{s:>4}', lambda: '{}'.format(s), lambda: ''.join([s]),
          lambda: s + 'x', lambda: [s], lambda: type(s.upper()).__name__,
          lambda: type(s[0:2]).__name__, lambda: hash(s) == hash('raw')]:
    show(f)


class I(int):
    def __repr__(self):
        return 'I.__repr__'


i = I(5)
show(lambda: (str(i), '%d %s %r %x' % (i, i, i, i), f'{i} {i!r} {i:>3}', format(i, '')))


class F(float):
    def __repr__(self):
        return 'F.__repr__'


fl = F(1.5)
show(lambda: (str(fl), f'{fl}', '%s %r %f' % (fl, fl, fl), format(fl)))


class B(bytes):
    def __repr__(self):
        return 'B.__repr__'


class BA(bytearray):
    def __repr__(self):
        return 'BA.__repr__'


b = B(b'ab')
show(lambda: (str(b), repr(b), '%s' % b, f'{b}', b'%s' % b))
show(lambda: (str(BA(b'x')), repr(BA(b'x')), f'{BA(b"y")}'))


class L(list):
    def __repr__(self):
        return 'L.__repr__'


show(lambda: (str(L()), f'{L()}', [L()]))


class T(tuple):
    pass


show(lambda: (repr(T((1,))), '%s %s' % T((1, 2))))


class D(dict):
    pass


show(lambda: '%(a)s' % D(a=1))
