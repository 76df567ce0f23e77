# A parser state machine as a generator driven by send/throw/close, yield from delegation with return values, and generator error cases.
# generator state machine
def parser():
    state = "idle"
    buf = []
    try:
        while True:
            try:
                ch = yield state
            except ValueError as e:
                state = f"error({e})"
                buf.clear()
                continue
            if ch is None:
                continue
            if state in ("idle",) or state.startswith("error"):
                if ch == "<":
                    state = "tag"; buf = []
            elif state == "tag":
                if ch == ">":
                    state = "idle"
                    print("  tag:", "".join(buf))
                else:
                    buf.append(ch)
    except GeneratorExit:
        print("  parser closing in state", state)
        raise
    finally:
        print("  parser finally")

p = parser()
print(next(p))
for c in "<a><bc>x<":
    print(repr(c), p.send(c))
print(p.throw(ValueError("boom")))
print(p.send("<"), p.send("z"), p.send(">"))
p.close()
print(p.gi_frame is None, p.gi_running)
try:
    p.send("x")
except StopIteration as e:
    print("stopped", e.value)

def inner(n):
    total = 0
    for i in range(n):
        x = yield i
        if x:
            total += x
    return total

def outer():
    r1 = yield from inner(3)
    print("  inner1 returned", r1)
    r2 = yield from inner(2)
    print("  inner2 returned", r2)
    return r1 + r2

g = outer()
vals = [next(g)]
try:
    while True:
        vals.append(g.send(len(vals) * 10))
except StopIteration as e:
    print("outer result", e.value, vals)

def delegating():
    try:
        yield from inner(5)
    except KeyError as e:
        print("  caught in delegating", repr(e))
        yield "recovered"

d = delegating()
next(d); next(d)
print(d.throw(KeyError("k")))
print(list(d))

def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        elif cmd == "stop":
            return "done at %d" % i
        else:
            i += 1
c = counter()
next(c)
print([c.send(x) for x in [None, None, "reset", None]])
try:
    c.send("stop")
except StopIteration as e:
    print(e.value, e.args)

def gen_close_return():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
g = gen_close_return(); next(g); print(g.close())

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_close(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def stopiter_inside():
    yield 1
    raise StopIteration("x")
try:
    list(stopiter_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "|", repr(e.__cause__))

gexp = (x * x for x in range(4))
print(next(gexp), gexp.send(None), list(gexp))
try:
    (x for x in range(3)).send(5)
except TypeError as e:
    print(e)
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def selfref():
    yield next(g3)
g3 = selfref()
try:
    next(g3)
except ValueError as e:
    print(e)
print(type(g3).__name__, g3.__name__, g3.__qualname__)
