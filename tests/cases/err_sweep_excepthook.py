# A sys.excepthook set by the program gets the uncaught exception; one that fails is reported
# followed by the original exception.
import sys


def hook(t, v, tb):
    print('hook got', t.__name__, v, type(tb).__name__, tb.tb_lineno)
    print('frames', tb.tb_frame.f_code.co_name)
    sys.excepthook = sys.__excepthook__
    return 1 / 0


sys.excepthook = hook
print('excepthook is builtin:', sys.__excepthook__.__name__)


def fail():
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('uncaught')


fail()
