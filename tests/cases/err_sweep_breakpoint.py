# breakpoint() goes through sys.breakpointhook, whose default follows $PYTHONBREAKPOINT
# (0: nothing; module.name: that callable; unimportable: a RuntimeWarning and nothing).
import os
import sys


def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


print(sys.breakpointhook, sys.__breakpointhook__ is sys.breakpointhook)
print(sys.__excepthook__ is sys.excepthook, sys.__displayhook__ is sys.displayhook)
os.environ['PYTHONBREAKPOINT'] = '0'
show(lambda: breakpoint())
show(lambda: breakpoint(1, key=2))
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
show(lambda: breakpoint('via', 'print', sep='-'))
os.environ['PYTHONBREAKPOINT'] = 'no_such_module_for_breakpoint.func'
show(lambda: breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'sys.no_such_function'
show(lambda: breakpoint())


def hook(*args, **kwargs):
    print('hook called with', args, kwargs)
    return 'hook result'


sys.breakpointhook = hook
show(lambda: breakpoint(3, x=4))
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
show(lambda: breakpoint())
del sys.breakpointhook
show(lambda: breakpoint())
