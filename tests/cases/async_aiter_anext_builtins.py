# aiter()/anext() builtins, async iterators written as classes and as async generators,
# the default argument of anext, asend/athrow/aclose, all driven by hand.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def collect(ait):
    out = []
    async for v in ait:
        out.append(v)
    return out

print(run(collect(Ticker(3))))
t = Ticker(2)
print(aiter(t) is t)
print(run(anext(t)), run(anext(t)))
try:
    run(anext(t))
except StopAsyncIteration as e:
    print(type(e).__name__, repr(e))
print(run(anext(t, "default")))

async def agen(limit):
    for i in range(limit):
        received = yield i * 10
        if received is not None:
            print("  agen received", received)
    yield "last"

g = agen(2)
print(type(g).__name__, type(aiter(g)).__name__, aiter(g) is g)
print(run(anext(g)), run(g.asend("hello")), run(anext(g)))
try:
    run(anext(g))
except StopAsyncIteration:
    print("exhausted")
print(run(anext(g, None)))

async def comprehension():
    return [x async for x in agen(3)], {x async for x in Ticker(3)}
print(run(comprehension()))

# athrow and aclose
async def guarded():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield "caught " + repr(e)
    finally:
        print("  guarded finally")
g2 = guarded()
print(run(anext(g2)), run(g2.athrow(KeyError("k"))))
print(run(g2.aclose()))
g3 = guarded()
print(run(anext(g3)))
run(g3.aclose())
try:
    run(anext(g3))
except StopAsyncIteration:
    print("closed generator is exhausted")

# errors
for bad in (lambda: aiter([1, 2]), lambda: anext(iter([1])), lambda: aiter(5)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

class NoAnext:
    def __aiter__(self):
        return self
try:
    aiter(NoAnext())
except TypeError as e:
    print(type(e).__name__, e)

async def bad_async_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_async_for())
except TypeError as e:
    print(type(e).__name__, e)

# StopAsyncIteration raised inside an async generator body becomes RuntimeError
async def leaky():
    yield 1
    raise StopAsyncIteration
async def drain():
    return [x async for x in leaky()]
try:
    run(drain())
except RuntimeError as e:
    print(type(e).__name__, e)
