# Coroutines driven by hand with send(None): awaiting custom awaitables, a tiny scheduler,
# cr_* attributes, and the errors for misuse.
import sys

class Suspend:
    """An awaitable that yields a request to whoever drives the coroutine."""
    def __init__(self, request):
        self.request = request
    def __await__(self):
        reply = yield self.request
        return reply

async def fetch(name):
    data = await Suspend(("read", name))
    size = await Suspend(("size", data))
    return "%s:%s:%d" % (name, data, size)

coro = fetch("config")
print(type(coro).__name__, coro.cr_running, coro.cr_code.co_name, coro.__qualname__)
req = coro.send(None)
print("request", req)
req = coro.send("contents")
print("request", req)
try:
    coro.send(8)
except StopIteration as e:
    print("result", e.value)
try:
    coro.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# throw and close on a suspended coroutine
async def guarded():
    try:
        await Suspend("first")
    except ValueError as e:
        print("  coroutine caught", e)
        await Suspend("after catch")
    finally:
        print("  coroutine finally")
c = guarded()
print(c.send(None), c.throw(ValueError("boom")))
c.close()

# awaiting a coroutine from a coroutine, and awaiting non-awaitables
async def add(a, b):
    await Suspend("tick")
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
print(run(compute()))

async def await_int():
    return await 5
try:
    run(await_int())
except TypeError as e:
    print(type(e).__name__, e)

class BadAwait:
    def __await__(self):
        return 42
async def await_bad():
    await BadAwait()
try:
    run(await_bad())
except TypeError as e:
    print(type(e).__name__, e)

# round-robin scheduler over several coroutines
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append("%s%d" % (name, i))
        await Suspend(None)
    return name.upper() * steps

def round_robin(coros):
    results = {}
    queue = list(coros.items())
    while queue:
        name, co = queue.pop(0)
        try:
            co.send(None)
            queue.append((name, co))
        except StopIteration as e:
            results[name] = e.value
    return results
print(round_robin({"a": worker("a", 3), "b": worker("b", 1), "c": worker("c", 2)}), log)

# coroutine objects are not iterators
async def simple():
    return 1
s = simple()
try:
    next(s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(s)
except TypeError as e:
    print(type(e).__name__, e)
print(run(s))

# cr_await shows what the coroutine waits on
async def waiter():
    await Suspend("x")
wt = waiter()
wt.send(None)
print(type(wt.cr_await).__name__, wt.cr_running)
wt.close()
print(wt.cr_await)

print(callable(simple), type(simple).__name__, simple.__name__)
sys.stdout.flush()
