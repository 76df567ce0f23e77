# An exception in an atexit callback is printed as the unraisable hook prints it: the
# traceback and `Type: message` only (no chained context, no notes, a colon even with an
# empty message), and the other callbacks still run.
import atexit


class Callback:
    def __init__(self, name, exc):
        self.name = name
        self.exc = exc

    def __repr__(self):
        return '<callback %s>' % self.name

    def __call__(self):
        print('running', self.name)
        try:
            {}['missing']
        except KeyError:
            e = self.exc
            e.add_note('a note that is not shown')
            raise e


atexit.register(Callback('empty', ValueError()))
atexit.register(Callback('message', RuntimeError('boom')))
atexit.register(print, 'registered first, runs last')
print('main done')
