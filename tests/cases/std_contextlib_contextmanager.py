# contextlib.contextmanager: enter/exit order, exception propagation, suppression,
# generator misuse errors, use as a decorator; closing, nullcontext, suppress,
# redirect_stdout/redirect_stderr, AbstractContextManager and ContextDecorator.
import sys
from contextlib import (AbstractContextManager, ContextDecorator, closing, contextmanager,
                        nullcontext, redirect_stderr, redirect_stdout, suppress)


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as value:
    print("inside", value)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", repr(e))


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError, IndexError):
    [][1]
print("after swallow")
try:
    with swallow(KeyError):
        raise TypeError("not swallowed")
except TypeError as e:
    print("escaped", e)


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("transformed") from e


try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, "cause:", type(e.__cause__).__name__)


@contextmanager
def stop_iter():
    yield


try:
    with stop_iter():
        raise StopIteration("inner stop")
except StopIteration as e:
    print("StopIteration kept", e)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        yield


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    with yields_after_throw():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e)


@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2


print(decorated(3))
print(decorated(4), decorated.__name__)

# closing, nullcontext, suppress
class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print("using", type(r).__name__)
with nullcontext(42) as n:
    print("null", n)
with nullcontext() as n:
    print("null", n)
with suppress(KeyError, AttributeError):
    {}["missing"]
print("suppressed KeyError")
with suppress():
    pass
try:
    with suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError", e)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


out = Collector()
with redirect_stdout(out) as target:
    print("captured", 1, 2)
    print("second line")
print("restored", target is out, out.parts)
err = Collector()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr parts", err.parts, sys.stdout is sys.__stdout__)
again = redirect_stdout(out)
with again:
    with again:
        print("nested")
print(len(out.parts))


class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("Managed exit", exc[0])


with Managed() as m:
    print("Managed enter returns self:", type(m).__name__)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None


print(isinstance(Duck(), AbstractContextManager), isinstance(5, AbstractContextManager))
print(issubclass(type(nullcontext()), AbstractContextManager))
try:
    AbstractContextManager()
except TypeError as e:
    print(e)


class timed(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop", exc[0].__name__ if exc[0] else None)
        return False


@timed()
def work(n):
    print("working", n)
    return n + 1


print(work(1))
with timed():
    print("in with")
