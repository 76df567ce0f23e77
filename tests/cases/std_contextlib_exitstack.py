# contextlib.ExitStack: enter_context, callback, push, pop_all, close, LIFO order,
# suppression and exception chaining through the callbacks.
from contextlib import ExitStack, contextmanager


@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    stack.callback(lambda *a, **k: log.append(("cb", a, k)), 1, key=2)
    print(names)
print(log)


class Exiter:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress


def show_exit(exc_type, exc, tb):
    print("plain exit callback", exc_type.__name__ if exc_type else None)


with ExitStack() as stack:
    stack.push(Exiter("pushed-not-entered"))
    stack.push(show_exit)
    stack.enter_context(Exiter("entered"))
    print("body")

with ExitStack() as stack:
    stack.enter_context(Exiter("suppressor", suppress=True))
    stack.enter_context(Exiter("inner"))
    raise KeyError("swallowed")
print("after suppressed KeyError")

# pop_all moves the callbacks to a new stack; the old one then does nothing.
log = []
with ExitStack() as stack:
    stack.enter_context(res("kept", log))
    moved = stack.pop_all()
print("after with", log)
moved.close()
print("after close", log)
moved.close()
print("close twice", log)


def raiser(exc):
    def f():
        raise exc
    return f


def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return out


try:
    with ExitStack() as s:
        s.callback(raiser(KeyError("A")))
        s.callback(raiser(ValueError("B")))
except Exception as e:
    print(chain(e))
try:
    with ExitStack() as s:
        s.callback(raiser(KeyError("A")))
        s.callback(raiser(ValueError("B")))
        raise TypeError("body")
except Exception as e:
    print(chain(e))
try:
    try:
        raise OSError("outer")
    except OSError:
        with ExitStack() as s:
            s.callback(raiser(KeyError("A")))
            s.callback(raiser(ValueError("B")))
except Exception as e:
    print(chain(e))


def suppress_all(*exc):
    print("suppressing", exc[0].__name__)
    return True


with ExitStack() as s:
    s.push(suppress_all)
    s.callback(raiser(RuntimeError("from callback")))
print("suppressed the callback's error")
try:
    with ExitStack() as s:
        s.enter_context(5)
except TypeError as e:
    print("TypeError", e)


class NotCM:
    pass


try:
    ExitStack().enter_context(NotCM())
except TypeError as e:
    print("TypeError", e)
stack = ExitStack()
cb = stack.callback(print, "run on close")
print(cb is print)
stack.close()
print(ExitStack().__enter__().__class__.__name__)
