# A hand-written event loop: a queue of coroutines stepped with send(None), sleeping through
# types.coroutine generators (whose code is flagged CO_ITERABLE_COROUTINE, so they may
# `yield from` a native coroutine), async generators stepped by asend/athrow/aclose, and
# the errors for awaitables used twice.
import types


def show(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


@types.coroutine
def sleep(ticks):
    got = yield ("sleep", ticks)
    return got


async def compute(x):
    return x * 10


@types.coroutine
def via_yield_from(x):
    value = yield from compute(x)
    yield ("after", value)
    return value + 1


print(sleep.__code__.co_flags & 0x100, sleep.__name__, type(sleep(0)).__name__)
print(via_yield_from.__code__.co_flags & 0x1a0, compute.__code__.co_flags & 0x1a0)


class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro, None))

    def run(self):
        step = 0
        while self.ready:
            name, coro, value = self.ready.pop(0)
            try:
                request = coro.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                self.log.append((step, name, "done"))
            except Exception as e:
                self.results[name] = "%s: %s" % (type(e).__name__, e)
            else:
                self.log.append((step, name, request))
                self.ready.append((name, coro, step))
            step += 1


async def worker(name, n):
    total = 0
    for i in range(n):
        total += await sleep(i)
    return name, total, await via_yield_from(n)


async def failing():
    await sleep(0)
    raise KeyError("boom")


async def ticker(n):
    for i in range(n):
        await sleep(i)
        yield i


async def consumer():
    return [i async for i in ticker(3)]


loop = Loop()
loop.spawn("a", worker("a", 2))
loop.spawn("b", worker("b", 3))
loop.spawn("f", failing())
loop.spawn("c", consumer())
loop.run()
for entry in loop.log:
    print(entry)
for name in sorted(loop.results):
    print(name, loop.results[name])


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen_errors():
    g = ticker(5)
    print(await g.asend(None), g.ag_running, g.ag_await)
    close = g.aclose()
    print(await close)
    show(lambda: close.send(None))
    show(lambda: close.throw(ValueError("again")))
    print(await g.aclose(), await anext(g, "default"))
    g = ticker(2)
    step = g.asend(None)
    show(lambda: step.send(None))
    print(g.ag_running)
    await step
    show(lambda: g.asend(None).send(None))


drive(agen_errors())


async def once():
    return 1


c = once()


async def await_twice():
    print(await c)
    await c


show(lambda: drive(await_twice()))
show(lambda: via_yield_from(1).send(5))
g = via_yield_from(2)
print(g.send(None), g.gi_yieldfrom)
show(lambda: g.send(None))
