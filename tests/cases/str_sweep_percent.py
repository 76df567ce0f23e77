# %-formatting corners: what counts as a mapping, `%c` with bools and huge ints, bad keys,
# a `%` after flags, maketrans argument checks and sequence `__mul__` called directly.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 66


show(lambda: 'x' % [])
show(lambda: 'x' % b'a')
show(lambda: 'x' % 'a')
show(lambda: 'x' % ())
show(lambda: 'x' % {})
show(lambda: b'x' % [])
show(lambda: b'x' % b'a')
show(lambda: b'x' % bytearray(b'a'))
show(lambda: '%(a)s' % [1])
show(lambda: '%(a)s' % 'abc')
show(lambda: '%s' % [1, 2])
show(lambda: '%(a' % {'a': 1})
show(lambda: '%(a)s%(b' % {'a': 1})
show(lambda: '%(a)s %s' % {'a': 1})
show(lambda: '%5%' % ())
show(lambda: '%5%' % (1,))
show(lambda: '%-%' % ())
show(lambda: '%(a)%' % {'a': 1})
show(lambda: '%%|%5s' % 'ab')
show(lambda: '%c' % True)
show(lambda: '%c' % Idx())
show(lambda: '%c' % 10**20)
show(lambda: '%c' % -(10**20))
show(lambda: '%c' % -1)
show(lambda: '%c' % 65.0)
show(lambda: '%c' % 'ab')
show(lambda: '%5c|%-3c|' % ('x', 955))
show(lambda: b'%c' % True)
show(lambda: b'%c' % 256)
show(lambda: str.maketrans(1, 2))
show(lambda: str.maketrans('a', 2))
show(lambda: str.maketrans(1, 'b', 3))
show(lambda: str.maketrans('ab', 'c'))
show(lambda: 'a'.__mul__('b'))
show(lambda: 'a'.__mul__(1.5))
show(lambda: 'a'.__mul__(Idx())[:3])
show(lambda: 'a'.__rmul__(3))
show(lambda: [1].__mul__('a'))
show(lambda: ().__rmul__(None))
show(lambda: b'x'.__mul__([]))
show(lambda: [0].__imul__(2.0))
show(lambda: 'a' * 'b')
show(lambda: hash('') == 0 and hash(b'') == 0)
show(lambda: hash(memoryview(b'')))
