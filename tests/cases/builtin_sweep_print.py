# print() with sep/end/file/flush: str subclasses, file-like objects, and the errors.
import sys


def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return 'ignored'


w = W()
show(lambda: print('a', 1, None, sep='|', end='$', file=w))
show(lambda: w.parts)


class Flushing:
    def write(self, s):
        pass

    def flush(self):
        print('flushed')


show(lambda: print('y', file=Flushing(), flush=True))
show(lambda: print('y', file=Flushing(), flush=0))


class NoWrite:
    pass


show(lambda: print('z', file=NoWrite()))
show(lambda: print(file=NoWrite()))


class BadWrite:
    def write(self, s):
        raise ValueError('bad write')


show(lambda: print('q', file=BadWrite()))


class StrSub(str):
    pass


show(lambda: print('a', 'b', sep=StrSub('-')))
show(lambda: print('a', end=StrSub('!\n')))
show(lambda: print('a', 'b', sep=5))
show(lambda: print('a', end=b'x'))
show(lambda: print('a', bogus=1))
show(lambda: print('a', file=None))
show(lambda: print(*'abc', sep=', ', end='.\n'))
show(lambda: print())
show(lambda: print(sep='', end=''))


class BadStr:
    def __str__(self):
        return 5


show(lambda: print(BadStr()))
show(lambda: sys.stdout.write(5))
show(lambda: sys.stdout.write('ok\n'))
