# Exception details: OSError with None errno, BlockingIOError's characters_written, and the
# receiver checks of BaseException's methods.
def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


for args in [(None, None), (1, None), (None, 'x'), (None, 'x', 'f'), ('a', 'b'),
             (2, 'x', None, None, 'g'), (2, 'x', 'f', None, 'g'), (None, None, None, None, None)]:
    e = OSError(*args)
    print(repr(e), '|', str(e), '|', e.args)
e = OSError(2, 'x')
e.errno = None
print(str(e))
e = OSError('plain')
e.errno, e.strerror = 5, 'late'
print(str(e))
e = BlockingIOError(11, 'would block', 5)
print(repr(e), e.characters_written, e.filename, e.args)
e.characters_written = 7
print(e.characters_written)
e = BlockingIOError(11, 'would block', 'file')
print(repr(e), str(e), e.filename)
show(lambda: BaseException.__str__(5))
show(lambda: BaseException.__repr__(5))
show(lambda: BaseException.__init__(5))
show(lambda: BaseException.with_traceback(5, None))
show(lambda: BaseException.add_note(5, 'n'))
show(lambda: BaseException.__repr__(KeyError('k')))
show(lambda: ValueError.with_traceback(ValueError('v'), None))
