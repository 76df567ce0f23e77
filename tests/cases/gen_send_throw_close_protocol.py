# Generator protocol in depth: send before start, throw at every state, close semantics,
# GeneratorExit handling, return values through StopIteration, and gi_* introspection.
def accumulator():
    total = 0
    count = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("  recovered from", e)
                continue
            if value is None:
                break
            total += value
            count += 1
    finally:
        print("  accumulator cleanup, count =", count)
    return ("done", total)

g = accumulator()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(next(g), g.send(10), g.send(5), g.throw(ValueError("bad input")), g.send(1))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)

# throw into a fresh generator raises immediately without running the body
def never_started():
    print("body ran")
    yield 1
ns = never_started()
try:
    ns.throw(KeyError("early"))
except KeyError as e:
    print(type(e).__name__, e)
print(list(ns))

# throw with a type, with a traceback-less instance, and the legacy 3-arg form
def echo():
    while True:
        try:
            yield "waiting"
        except Exception as e:
            yield "caught %s(%s)" % (type(e).__name__, e)
ec = echo()
next(ec)
print(ec.throw(IndexError), next(ec), ec.throw(IndexError("i")), next(ec))

# close(): GeneratorExit inside, finally runs, yielding in response is a RuntimeError
def closer(mode):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit seen, mode", mode)
        if mode == "yield":
            yield "refuse"
        if mode == "raise":
            raise ValueError("raised during close")
        if mode == "return":
            return "ignored return value"
        raise
for mode in ("reraise", "return", "yield", "raise"):
    c = closer(mode)
    next(c)
    try:
        print(mode, "close ->", c.close())
    except (RuntimeError, ValueError) as e:
        print(mode, type(e).__name__, e)
c = closer("x")
print("close unstarted:", c.close(), "close twice:", c.close())

# gi_running, gi_frame, gi_suspended-like introspection, gi_code name
def introspect():
    print("  inside, running =", me.gi_running)
    yield 1
me = introspect()
print(me.gi_running, me.gi_frame is not None, me.gi_code.co_name, me.__name__, me.__qualname__)
next(me)
print(me.gi_frame.f_lineno > 0, me.gi_yieldfrom)
me.close()
print(me.gi_frame)

# a generator cannot be re-entered while running
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)

# StopIteration raised inside the body becomes RuntimeError (PEP 479)
def leaky():
    yield 1
    raise StopIteration("leaked")
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def leaky_next():
    it = iter([])
    yield next(it)
try:
    next(leaky_next())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# generator expression protocol
ge = (x * x for x in range(3))
print(type(ge).__name__, ge.send(None), next(ge), ge.close(), list(ge))
