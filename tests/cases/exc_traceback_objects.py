# Traceback objects: one object per frame passed, the same on every access, chained
# outermost first, each with the frame object of its frame.
import sys

def fail(n):
    doubled = n * 2
    raise KeyError(n)

def middle():
    marker = "mid"
    fail(3)

try:
    middle()
except KeyError as e:
    tb = e.__traceback__
    print(tb is e.__traceback__, sys.exc_info()[2] is tb, type(tb).__name__)
    chain = []
    t = tb
    while t is not None:
        f = t.tb_frame
        chain.append((f.f_code.co_name, t.tb_lineno, t.tb_lasti >= 0))
        t = t.tb_next
    print(chain)
    last = tb.tb_next.tb_next
    print(sorted(last.tb_frame.f_locals.items()), tb.tb_next.tb_frame.f_locals)
    print(last.tb_frame.f_back is tb.tb_next.tb_frame, tb.tb_next.tb_frame.f_back is tb.tb_frame)
    print(tb.tb_frame is sys._getframe(), last.tb_frame.f_lineno, last.tb_frame.f_back.f_lineno)
    saved = e

# raising again adds an entry in front; the old objects stay the inner part of the chain
def reraise(exc):
    raise exc
old_head = saved.__traceback__
try:
    reraise(saved)
except KeyError as e:
    head = e.__traceback__
    print(head.tb_next.tb_next is old_head, head.tb_frame.f_code.co_name, head.tb_next.tb_frame.f_code.co_name)

# a bare raise in an outer frame keeps extending the same chain
def catcher():
    try:
        fail(1)
    except KeyError:
        raise
try:
    catcher()
except KeyError as e:
    t, names = e.__traceback__, []
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)

# the traceback given to __exit__ is the exception's
class Manager:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__, v.__traceback__ is tb, tb.tb_frame.f_code.co_name)
        return True
with Manager():
    {}["missing"]

# tb_next can be cut or replaced, with checks
try:
    middle()
except KeyError as e:
    tb = e.__traceback__
    inner = tb.tb_next
    tb.tb_next = None
    print(tb.tb_next, e.__traceback__ is tb)
    tb.tb_next = inner
    print(tb.tb_next is inner)
    for bad in (5, tb):
        try:
            inner.tb_next = bad
        except (TypeError, ValueError) as err:
            print(type(err).__name__, err)
    for action in (lambda: delattr(tb, "tb_lineno"), lambda: setattr(tb, "tb_frame", None),
                   lambda: delattr(tb, "tb_next")):
        try:
            action()
        except (AttributeError, TypeError) as err:
            print(type(err).__name__, err)

# an exception without a traceback
print(ValueError().__traceback__)

# nested tuples in an except clause are rejected as a whole
for clause in ((ValueError, (TypeError,)), (ValueError, "x"), ()):
    try:
        try:
            raise ValueError("v")
        except clause:
            print("matched", clause)
    except TypeError as err:
        print("TypeError", err)
    except ValueError as err:
        print("not matched", err)
