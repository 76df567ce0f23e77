# gi_frame / cr_frame / ag_frame, the frame objects they give, and the other gi_*/cr_*/ag_*
# attributes, through a generator's life.
import sys

def counter(limit):
    total = 0
    for i in range(limit):
        total += i
        got = yield total
        if got:
            total = got

it = counter(3)
frame = it.gi_frame
print(type(frame).__name__, frame is it.gi_frame, frame.f_code is it.gi_code)
print("unstarted:", frame.f_lineno, frame.f_locals, frame.f_back, it.gi_suspended, it.gi_running)
print(next(it), frame.f_lineno, sorted(frame.f_locals.items()), it.gi_suspended)
print(it.send(10), frame.f_lineno, frame.f_locals["total"], frame.f_locals["got"])
print(frame.f_globals is globals(), frame.f_builtins is vars(__builtins__) or type(frame.f_builtins).__name__)
print(frame.f_code.co_name, frame.f_code.co_varnames, frame.f_lasti >= 0, frame.f_trace)
print(list(it), it.gi_frame, it.gi_suspended, it.gi_yieldfrom)
print("after end:", frame.f_lineno, frame.f_code.co_name)

# inside the generator: gi_running and the running frame
def watcher():
    me = sys._getframe()
    yield me is w.gi_frame, w.gi_running, me.f_back.f_code.co_name
    yield me.f_back.f_code.co_name
w = watcher()
print(next(w), next(w))

def driver():
    return next(w2)
def watcher2():
    yield sys._getframe().f_back.f_code.co_name
w2 = watcher2()
print(driver())

# yield from: gi_yieldfrom is the inner generator while delegating
def inner():
    yield "i1"
    yield "i2"
def outer():
    got = yield from inner()
    yield "done"
o = outer()
next(o)
print(o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_frame.f_lineno, o.gi_frame.f_lineno)
next(o); next(o)
print(o.gi_yieldfrom, o.gi_frame.f_lineno)
o.close()
print(o.gi_frame, o.gi_running, o.gi_suspended)

# close() of an unstarted generator and throw into one
c = counter(2)
cf = c.gi_frame
c.close()
print(c.gi_frame, cf.f_lineno)
t = counter(2)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("thrown", repr(e), t.gi_frame)

# coroutines and async generators
async def coro():
    return 5
cr = coro()
print(cr.cr_frame.f_code.co_name, cr.cr_running, cr.cr_await, cr.cr_suspended, cr.cr_origin, cr.cr_code.co_name)
try:
    cr.send(None)
except StopIteration as e:
    print("returned", e.value, cr.cr_frame)

async def agen():
    yield 1
ag = agen()
print(ag.ag_frame.f_code.co_name, ag.ag_running, ag.ag_await, ag.ag_code.co_name)
for name in ("gi_frame", "cr_frame", "gi_yieldfrom", "cr_await"):
    print(name, hasattr(ag, name), hasattr(cr, name), hasattr(it, name))
ag.aclose().close()
cr.close()

# frame objects of running functions
def show():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f is sys._getframe(), f.f_locals is f.f_locals
print(show())
def level2():
    return sys._getframe(1).f_code.co_name, sys._getframe(0).f_lineno
def level1():
    return level2()
print(level1())
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(type(e).__name__, e)
