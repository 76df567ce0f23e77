# yield from: return values, send/throw/close forwarding to the subgenerator, delegation to
# non-generator iterators, and nested chains.
def inner(tag):
    received = []
    while True:
        x = yield "%s ready" % tag
        if x is None:
            return "%s got %r" % (tag, received)
        received.append(x)

def outer():
    r1 = yield from inner("A")
    print("  outer received:", r1)
    r2 = yield from inner("B")
    print("  outer received:", r2)
    return [r1, r2]

g = outer()
print(next(g), g.send(1), g.send(2), g.send(None), g.send("b1"))
try:
    g.send(None)
except StopIteration as e:
    print("final:", e.value)

# throw is forwarded; if the inner generator handles it, outer continues
def tolerant():
    try:
        yield "t1"
    except KeyError:
        yield "inner handled KeyError"
    return "tolerant done"
def wrapper():
    result = yield from tolerant()
    yield "wrapper got " + result
w = wrapper()
print(next(w), w.throw(KeyError("k")), next(w))

# if the inner generator does not handle it, it propagates out through outer
def fragile():
    yield 1
def wrap2():
    try:
        yield from fragile()
    except ZeroDivisionError as e:
        yield "outer caught " + type(e).__name__
w2 = wrap2()
next(w2)
print(w2.throw(ZeroDivisionError))

# close propagates to the innermost generator
def deepest():
    try:
        yield "deep"
    finally:
        print("  deepest finally")
def middle():
    try:
        yield from deepest()
    finally:
        print("  middle finally")
def top():
    try:
        yield from middle()
    finally:
        print("  top finally")
t = top()
print(next(t), t.gi_yieldfrom.__name__, t.gi_yieldfrom.gi_yieldfrom.__name__)
t.close()

# yield from a plain iterator: send(non-None) fails because lists have no send
def from_list():
    yield from [1, 2, 3]
fl = from_list()
print(next(fl))
try:
    fl.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
print(list(from_list()), list(fl))

# yield from with a custom iterator that has a return value via StopIteration(value)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n
def launcher():
    msg = yield from Countdown(3)
    yield msg
print(list(launcher()))

# return value of yield from an exhausted/empty generator and from a generator that returns immediately
def empty():
    return "empty result"
    yield
def uses_empty():
    r = yield from empty()
    yield r
print(list(uses_empty()))

# recursive delegation: flatten nested lists
def flatten(items, depth=0):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item, depth + 1)
        else:
            yield (item, depth)
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

# yield from a generator that raises StopIteration inside: converted in the inner frame
def bad_inner():
    yield 1
    raise StopIteration
def outer_bad():
    yield from bad_inner()
try:
    list(outer_bad())
except RuntimeError as e:
    print(type(e).__name__, e)

# yield as an expression value in various positions
def exprs():
    a = (yield 1) or "default"
    b = [(yield 2), (yield 3)]
    yield (a, b)
ex = exprs()
print(next(ex), ex.send(None), ex.send("first"), ex.send("second"))
