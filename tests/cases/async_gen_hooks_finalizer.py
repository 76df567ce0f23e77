# sys.set_asyncgen_hooks/get_asyncgen_hooks: firstiter runs at an async generator's first
# __anext__/asend/athrow/aclose (once, even when it fails), and the finalizer then in effect
# receives the generator, instead of it being closed, when it is dropped unfinished.
import sys
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
print(sys.get_asyncgen_hooks(), type(sys.get_asyncgen_hooks()).__name__)
log = []
def first(g): log.append(("first", g.__name__))
kept = []
def fin(g):
    log.append(("fin", g.__name__))
    kept.append(g)
async def ag():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")
def drive(c):
    try:
        while True: c.send(None)
    except StopIteration as e:
        return e.value
sys.set_asyncgen_hooks(first, fin)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks()[1] is fin)
a = ag()
print(drive(a.__anext__()))
del a
print(log)
g = kept.pop()
print(drive(g.aclose()), log)
b = ag(); aw = b.asend(None); del aw; del b
print(log)
kept.clear()
c = ag(); del c
print(log)
async def done():
    yield 1
d = done(); drive(d.__anext__()); t(lambda: drive(d.__anext__())); del d
print(log)
def bad(g): raise ValueError("bad first")
sys.set_asyncgen_hooks(firstiter=bad, finalizer=None)
e = ag()
t(lambda: e.__anext__())
t(lambda: drive(e.__anext__()))
del e
print(log)
t(lambda: sys.set_asyncgen_hooks(1, 2))
t(lambda: sys.set_asyncgen_hooks(firstiter=1, finalizer=None))
t(lambda: sys.set_asyncgen_hooks(x=1))
t(lambda: sys.get_asyncgen_hooks(1))
print(sys.get_asyncgen_hooks().firstiter is bad)
print(sys.set_asyncgen_hooks(None, None), sys.get_asyncgen_hooks())
print("end")
