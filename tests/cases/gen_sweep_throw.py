# generator.throw() argument forms, a traceback argument, and how throw/close reach an
# iterator a `yield from` delegates to.
def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught', repr(e), e.__traceback__ is not None)
        yield 3


def started():
    g = gen()
    next(g)
    return g


show(lambda: started().throw(ValueError))
show(lambda: started().throw(ValueError, 'msg'))
show(lambda: started().throw(ValueError, ('a', 'b')))
show(lambda: started().throw(ValueError, ValueError('inst')))
show(lambda: started().throw(ValueError, KeyError('other')))
show(lambda: started().throw(ValueError('a'), 'b'))
show(lambda: started().throw(ValueError('a'), None))
show(lambda: started().throw(ValueError, 'a', 5))
show(lambda: started().throw(1))
show(lambda: started().throw(int))
show(lambda: started().throw(ValueError, None, None))
try:
    raise KeyError('k')
except KeyError as e:
    tb = e.__traceback__
show(lambda: started().throw(ValueError, 'w', tb))


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(99)
        return self.n

    def throw(self, *a):
        print('It.throw', [type(x).__name__ for x in a])
        return 'thrown'

    def close(self):
        print('It.close')


def deleg():
    try:
        r = yield from It()
        print('deleg r', r)
        yield 'end'
    finally:
        print('deleg finally')


g = deleg()
show(lambda: next(g))
show(lambda: g.throw(KeyError))
show(lambda: g.throw(KeyError('x')))
show(lambda: g.throw(KeyError, 'v'))
show(lambda: g.close())
g = deleg()
next(g)
show(lambda: g.throw(GeneratorExit))


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'swallowed'


def outer():
    r = yield from returns_on_exit()
    print('outer resumed with', r)
    yield 'outer again'


g = outer()
next(g)
show(lambda: g.close())
show(lambda: g.gi_frame)
