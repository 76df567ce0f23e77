def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("caught", e)
                yield "recovered"
    finally:
        print("closing with", received)
g = echo()
print(next(g), g.send("a"), g.send("b"))
print(g.throw(ValueError("bad")))
print(g.send("c"))
g.close()
print(g.close())
try:
    g.send(1)
except StopIteration as e:
    print("StopIteration", e.value)
g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print(type(e).__name__, e)
print(g2.send(None))
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", type(e).__name__, e)

def sub():
    x = yield 1
    y = yield 2
    return x, y
def outer():
    r = yield from sub()
    print("sub returned", r)
    return "outer done"
o = outer()
print(next(o), o.send("X"))
try:
    o.send("Y")
except StopIteration as e:
    print("value", e.value)

def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print(repr(e), e.value, e.args)

def pep479():
    yield 1
    raise StopIteration("inner")
try:
    list(pep479())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g3 = ignore_exit()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def delegating():
    try:
        yield from echo_thrower()
    except ZeroDivisionError as e:
        print("outer caught", e)
        yield "after"
def echo_thrower():
    yield "first"
    yield "second"
d = delegating()
print(next(d), d.throw(ZeroDivisionError("z")))

def running():
    yield gen_self.send(None)
gen_self = running()
try:
    next(gen_self)
except ValueError as e:
    print(type(e).__name__, e)

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print([next(c), next(c), c.send("reset"), next(c)])
def gen_throw_type():
    yield 1
gt = gen_throw_type()
next(gt)
try:
    gt.throw(TypeError, "via type and value")
except TypeError as e:
    print(type(e).__name__, e)
gt2 = gen_throw_type()
try:
    gt2.throw(IndexError("unstarted"))
except IndexError as e:
    print(type(e).__name__, e)
print(list(gt2))
def yf_iter():
    r = yield from [1, 2]
    print("list yield from returns", r)
print(list(yf_iter()))
