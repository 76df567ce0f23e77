# Calling a class of Python's (its `__new__`, `__init__` or metaclass `__call__`, or an
# instance's `__call__`) takes a recursion level of its own besides the frame, so a
# recursion through it ends at half the depth, and the traceback's repeat count shows it.
depth = 0


class Init:
    def __init__(self):
        global depth
        depth += 1
        Init()


class New:
    def __new__(cls):
        global depth
        depth += 1
        return New()


class Meta(type):
    def __call__(cls):
        global depth
        depth += 1
        return ByMeta()


class ByMeta(metaclass=Meta):
    pass


def plain():
    global depth
    depth += 1
    plain()


for start in (Init, New, ByMeta, plain):
    depth = 0
    try:
        start()
    except RecursionError as e:
        print(start.__name__, depth, e)

Init()
