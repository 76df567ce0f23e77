# Async generators stepped by hand through their awaitables: values sent through an await
# inside, ag_await/ag_running while suspended, aiter/anext errors, break out of async for,
# yield during aclose, throw into a pending asend, athrow's argument forms and errors.
import types
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
@types.coroutine
def tick(v=None):
    return (yield v)
def drive(c, sends=()):
    out = []
    sends = list(sends)
    try:
        v = c.send(None)
        while True:
            out.append(v)
            v = c.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        out.append(("ret", e.value))
    except BaseException as e:
        out.append((type(e).__name__, str(e)))
    return out
async def ag():
    x = await tick("in-ag")
    yield x
    y = await tick("again")
    yield y
g = ag()
print(drive(g.asend(None), ["sent-through"]))
aw = g.asend(None)
print(aw.send(None), g.ag_await is not None, type(g.ag_await).__name__, g.ag_running)
t(lambda: aw.send("v2"))
print(g.ag_await, g.ag_running)
t(lambda: aiter(5)); t(lambda: aiter(iter([1])))
class BadAiter:
    def __aiter__(self): return 5
t(lambda: aiter(BadAiter()))
t(lambda: anext(iter([1])))
t(lambda: anext(ag(), 1, 2))
t(lambda: anext())
class AnextNotAwaitable:
    def __anext__(self): return 5
a = anext(AnextNotAwaitable(), "d")
t(lambda: a.send(None))
a = anext(AnextNotAwaitable())
async def brk():
    seen = []
    g = ag()
    async for x in g:
        seen.append(x)
        break
    return seen, g.ag_frame is not None
print(drive(brk()))
async def yield_in_finally():
    try:
        yield 1
    finally:
        await tick("cleanup")
        yield 2
async def closeit():
    g = yield_in_finally()
    await g.asend(None)
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)
print(drive(closeit()))
async def athrow_into_await():
    g = ag()
    aw = g.asend(None)
    r = await aw
    return r
print(drive(athrow_into_await(), ["x"]))
async def throw_while_awaiting():
    g = ag()
    it = g.asend(None).__await__() if hasattr(g.asend(None), "__await__") else None
    return type(it).__name__
print(drive(throw_while_awaiting()))
g = ag()
w = g.asend(None)
print(w.send(None))
t(lambda: w.throw(KeyError("into await")))
t(lambda: w.send(None))
g = ag()
w = g.athrow(ValueError("before start"))
t(lambda: w.send(None))
t(lambda: g.ag_frame)
async def ret_gen():
    yield 1
g = ret_gen()
t(lambda: drive(g.aclose()))
t(lambda: drive(g.asend(None)))
t(lambda: drive(g.athrow(ValueError)))
print(ag.__code__.co_flags & 0x200, type(ag).__name__)
t(lambda: drive(ret_gen().athrow(ValueError, 1)))
t(lambda: drive(ret_gen().athrow(1)))
t(lambda: drive(ret_gen().athrow(ValueError("x"), 2)))


async def plain():
    pass


cor = plain()
for helper in [cor.__await__(), ret_gen().asend(None), ret_gen().athrow(ValueError), ret_gen().aclose(), anext(ret_gen(), 1)]:
    t(lambda: type(helper)())
cor.close()
# The generator, coroutine and async generator methods refuse each other's objects.
def plain_gen():
    yield 1


cor = plain()
for expr in ["types.CoroutineType.send(ret_gen(), None)", "types.CoroutineType.send(plain_gen(), None)",
             "types.CoroutineType.close(plain_gen())", "types.CoroutineType.throw(plain_gen(), ValueError)",
             "types.CoroutineType.__await__(1)", "types.GeneratorType.send(cor, None)",
             "types.GeneratorType.throw(cor, ValueError)", "types.GeneratorType.close(ret_gen())",
             "types.AsyncGeneratorType.asend(plain_gen(), None)", "types.AsyncGeneratorType.aclose(cor)",
             "types.GeneratorType.send()", "types.CoroutineType.throw()", "types.AsyncGeneratorType.asend()",
             "cor.throw(1, 2, 3, 4)", "cor.close(1)", "ret_gen().aclose(1)", "cor.__await__(1)"]:
    t(lambda: eval(expr))
cor.close()
