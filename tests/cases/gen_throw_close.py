# Generator throw() and close(), with finally blocks inside the generator.
def worker():
    try:
        while True:
            try:
                x = yield
                print("work", x)
            except ValueError as e:
                print("handled inside:", e)
                yield "recovered"
    finally:
        print("worker cleanup")

w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
w.close()
print("closed")
try:
    w.send(3)
except StopIteration:
    print("StopIteration after close")

def gen():
    yield 1
    yield 2
g = gen()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("propagated", repr(e))

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def never_started():
    print("never printed")
    yield
n = never_started()
n.close()
print("closing an unstarted generator is fine")
