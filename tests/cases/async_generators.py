# Async generators driven by hand: __anext__/asend/athrow/aclose awaitables, values that
# an `await` inside passes out versus values the generator yields, StopAsyncIteration,
# finally blocks, and the RuntimeErrors for misuse.

def step(label, awaitable, reply=None):
    """Sends into an awaitable once and reports how it answered."""
    try:
        print(label, "-> yields to the loop", repr(awaitable.send(reply)))
    except StopIteration as stop:
        print(label, "-> finished with", repr(stop.value))
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)


def run(coro):
    try:
        value = coro.send(None)
        while True:
            print("  loop got", repr(value))
            value = coro.send(None)
    except StopIteration as stop:
        return stop.value


class Pause:
    def __await__(self):
        reply = yield "paused"
        return reply


async def numbers():
    try:
        received = yield 1
        print("  numbers received", repr(received))
        answer = await Pause()
        print("  the loop answered", repr(answer))
        yield 2
        yield 3
    finally:
        print("  numbers finally")


g = numbers()
print(type(g).__name__, g.__name__, g.ag_running, g.ag_await, g.__aiter__() is g)
print(repr(g).startswith("<async_generator object numbers at 0x"))
n = g.__anext__()
print(type(n).__name__, n.__await__() is n)
step("first __anext__", n)
step("same awaitable again", n)
a = g.asend("hello")
step("asend", a)
print("ag_await while paused:", type(g.ag_await).__name__)
step("asend resumed", a, "ok")
step("third", g.__anext__())
step("exhausting", g.__anext__())
step("after the end", g.__anext__())

g = numbers()
step("fresh asend non-None", g.asend("x"))
step("first", g.__anext__())
step("athrow", g.athrow(ValueError("thrown in")))
step("after athrow", g.__anext__())


async def catches():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield f"caught {e!r}"


g = catches()
step("start", g.__anext__())
step("athrow caught", g.athrow(KeyError("k")))
step("aclose", g.aclose())
step("aclose twice", g.aclose())
step("anext after aclose", g.__anext__())

g = numbers()
step("aclose before start", g.aclose())
step("anext after that", g.__anext__())


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"


g = ignores_exit()
step("start", g.__anext__())
step("aclose ignored", g.aclose())


async def leaks():
    raise StopAsyncIteration
    yield


async def leaks_stop():
    raise StopIteration
    yield


step("StopAsyncIteration inside", leaks().__anext__())
step("StopIteration inside", leaks_stop().__anext__())

g = numbers()
for label, f in [("iter", iter), ("next", next)]:
    try:
        f(g)
    except TypeError as e:
        print(label, "-> TypeError:", e)
print("has send:", hasattr(g, "send"))


async def consumer():
    out = []
    async for v in numbers():
        out.append(v)
        if v == 2:
            break
    print("  loop left")
    async for v in numbers():
        out.append(v)
    return out


print(run(consumer()))


async def countdown(n):
    while n:
        yield n
        n -= 1


async def builtins_demo():
    it = aiter(countdown(2))
    print("  anext:", await anext(it), await anext(it))
    print("  with default:", await anext(it, "empty"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("  StopAsyncIteration")
    return "done"


print(run(builtins_demo()))
for bad in [aiter, anext]:
    try:
        bad(1)
    except TypeError as e:
        print(bad.__name__, "-> TypeError:", e)
