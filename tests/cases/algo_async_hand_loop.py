# Coroutines, async generators, async iterators and async context managers driven by a hand-written loop with send(None), throw and close.
import sys
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        for i in range(self.n):
            got = yield ("sleep", i)
        return f"slept {self.n}"

class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro, None))
    def run(self):
        steps = 0
        while self.ready:
            name, coro, val = self.ready.pop(0)
            steps += 1
            try:
                req = coro.send(val)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"  {name} finished -> {e.value!r}")
            except Exception as e:
                self.results[name] = e
                print(f"  {name} failed -> {type(e).__name__}: {e}")
            else:
                self.ready.append((name, coro, steps))
        return steps

async def worker(name, n):
    total = 0
    for i in range(n):
        r = await Sleep(i)
        total += len(r)
    return (name, total)

async def failing():
    await Sleep(1)
    raise ValueError("worker broke")

class AsyncCM:
    async def __aenter__(self):
        print("  aenter"); await Sleep(1); return self
    async def __aexit__(self, et, ev, tb):
        print("  aexit", et.__name__ if et else None); return True

async def agen(n):
    for i in range(n):
        await Sleep(1)
        yield i * i
    print("  agen done")

class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        await Sleep(0)
        return self.i

async def consumer():
    out = []
    async with AsyncCM() as cm:
        async for v in agen(3):
            out.append(v)
        async for v in AIter(2):
            out.append(-v)
        out.append([x async for x in agen(2)])
        out.append({x: x async for x in AIter(2)})
        raise KeyError("suppressed")
    return out

loop = Loop()
loop.spawn("a", worker("a", 3))
loop.spawn("b", worker("b", 2))
loop.spawn("c", failing())
loop.spawn("d", consumer())
print("steps", loop.run())
print(sorted(loop.results.keys()))

async def simple():
    return 42
c = simple()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
ag = agen(2)
print(type(ag).__name__, ag.__aiter__() is ag)
step = ag.__anext__()
print(type(step).__name__)
try:
    while True:
        print("  yielded", step.send(None))
except StopIteration as e:
    print("anext result", e.value)
async def closer():
    a = agen(5)
    print(await a.__anext__())
    await a.aclose()
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("  exhausted after aclose")
co = closer()
try:
    while True: co.send(None)
except StopIteration: pass
async def thrower():
    try:
        await Sleep(3)
    except KeyError as e:
        return "caught " + str(e)
t = thrower(); t.send(None)
try:
    t.throw(KeyError("kk"))
except StopIteration as e:
    print(e.value)
t2 = thrower(); t2.send(None); t2.close(); print("closed", t2.cr_frame)
class Legacy:
    def __await__(self):
        x = yield "legacy-yield"
        return x
async def uses_legacy():
    return await Legacy()
u = uses_legacy()
print(u.send(None))
try:
    u.send("sent")
except StopIteration as e:
    print(e.value)
print("end")
