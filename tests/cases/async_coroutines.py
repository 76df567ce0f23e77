# Coroutine objects driven by hand: send/throw/close, StopIteration carrying the result,
# awaiting coroutines and custom awaitables, and the errors CPython raises.

def run(coro, replies=()):
    """A tiny event loop: print what the coroutine yields, reply with the given values."""
    replies = list(replies)
    try:
        value = coro.send(None)
        while True:
            print("  loop got", repr(value))
            value = coro.send(replies.pop(0) if replies else None)
    except StopIteration as stop:
        return stop.value


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)


async def double(x):
    return x * 2


c = double(21)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print(repr(c).startswith("<coroutine object double at 0x"))
attempt("iter(c)", lambda: iter(c))
attempt("next(c)", lambda: next(c))
attempt("send 1 first", lambda: c.send(1))
attempt("send None", lambda: c.send(None))
attempt("send again", lambda: c.send(None))
attempt("throw after end", lambda: c.throw(ValueError))
attempt("close after end", lambda: c.close())


class Ticket:
    """An awaitable whose __await__ is a generator: it suspends the whole await chain."""

    def __init__(self, name):
        self.name = name

    def __await__(self):
        reply = yield f"waiting for {self.name}"
        return f"{self.name}:{reply}"


async def fetch(name):
    got = await Ticket(name)
    return got.upper()


async def main():
    a = await fetch("a")
    b = await fetch("b")
    c = await double(5)
    return [a, b, c]


print(run(main(), ["one", "two"]))


class Done:
    """An awaitable that never suspends: __next__ raises StopIteration(value) at once."""

    def __await__(self):
        return self

    def __next__(self):
        raise StopIteration("done at once")


async def quick():
    return await Done()


print(run(quick()))

# __await__ of a coroutine is an iterator over it.
w = double(4).__await__()
print(type(w).__name__, iter(w) is w)
attempt("next(wrapper)", lambda: next(w))
attempt("next(wrapper) again", lambda: next(w))

# Exceptions travel through the await chain both ways.
async def careful():
    try:
        await Ticket("x")
    except KeyError as e:
        return f"recovered from {e!r}"


c = careful()
print(c.send(None))
attempt("throw KeyError", lambda: c.throw(KeyError("k")))

c = main()
c.send(None)
attempt("throw into the chain", lambda: c.throw(ValueError("deep")))
attempt("send after it raised", lambda: c.send(None))

c = double(1)
attempt("throw before start", lambda: c.throw(TypeError("early")))
attempt("send after that", lambda: c.send(None))

# close() raises GeneratorExit at the await; finally blocks run.
async def with_cleanup():
    try:
        await Ticket("t")
    finally:
        print("  cleanup ran")


c = with_cleanup()
c.send(None)
print("cr_await:", type(c.cr_await).__name__)
print("close ->", c.close())


async def stubborn():
    try:
        await Ticket("s")
    except GeneratorExit:
        await Ticket("again")


c = stubborn()
c.send(None)
attempt("close stubborn", lambda: c.close())


async def awaiter(x):
    return await x


class AwaitReturnsInt:
    def __await__(self):
        return 5


class AwaitReturnsCoroutine:
    def __await__(self):
        return self.inner()

    async def inner(self):
        pass


for obj in [1, None, "text", AwaitReturnsInt(), AwaitReturnsCoroutine(), [1]]:
    attempt(f"await {type(obj).__name__}", lambda: run(awaiter(obj)))

shared = fetch("shared")
first = awaiter(shared)
first.send(None)
attempt("await an awaited coroutine", lambda: awaiter(shared).send(None))
first.close()


async def leaks_stop():
    raise StopIteration("oops")


attempt("StopIteration inside", lambda: run(leaks_stop()))


def plain_generator():
    yield from double(1)


attempt("yield from a coroutine", lambda: next(plain_generator()))
attempt("await a generator", lambda: run(awaiter(plain_generator())))


# An await inside an except block keeps the exception being handled across the suspension.
import sys


async def handler_awaits():
    try:
        raise LookupError("original")
    except LookupError:
        await Ticket("inside except")
        print("  still handling:", sys.exc_info()[0].__name__)
        raise


c = handler_awaits()
print(c.send(None))
print("the caller handles nothing:", sys.exc_info()[0])
attempt("bare raise after the await", lambda: c.send(None))
