# A minimal event loop with virtual time, written from scratch: tasks are coroutines driven by
# send(), awaitables for sleep and for joining other tasks, a ready queue and a timer heap,
# cancellation via throw(), exceptions propagating to joiners, and a deterministic trace.
class Sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield ("sleep", self.delay)

class Join:
    def __init__(self, task):
        self.task = task
    def __await__(self):
        if not self.task.done:
            yield ("join", self.task)
        if self.task.error is not None:
            raise self.task.error
        return self.task.result

class Cancelled(Exception):
    pass

class Task:
    counter = 0
    def __init__(self, coro, name):
        Task.counter += 1
        self.id, self.coro, self.name = Task.counter, coro, name
        self.done, self.result, self.error, self.waiters = False, None, None, []

class Loop:
    def __init__(self):
        self.now, self.ready, self.timers, self.trace = 0, [], [], []
    def spawn(self, coro, name):
        task = Task(coro, name)
        self.ready.append((task, None))
        return task
    def log(self, msg):
        self.trace.append("t=%-3d %s" % (self.now, msg))
    def cancel(self, task):
        self.ready.append((task, Cancelled("cancelled by loop")))
        self.timers = [t for t in self.timers if t[2] is not task]
    def step(self, task, exc):
        try:
            request = task.coro.throw(exc) if exc else task.coro.send(None)
        except StopIteration as stop:
            task.done, task.result = True, stop.value
            self.log("%s finished -> %r" % (task.name, stop.value))
        except Exception as e:
            task.done, task.error = True, e
            self.log("%s failed: %s(%s)" % (task.name, type(e).__name__, e))
        else:
            kind, arg = request
            if kind == "sleep":
                self.timers.append((self.now + arg, task.id, task))
                self.timers.sort(key=lambda t: (t[0], t[1]))
            elif kind == "join":
                arg.waiters.append(task)
            return
        for waiter in task.waiters:
            self.ready.append((waiter, None))
    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                when, _, task = self.timers.pop(0)
                self.now = when
                self.ready.append((task, None))
            task, exc = self.ready.pop(0)
            self.step(task, exc)

loop = Loop()

async def worker(name, delays):
    total = 0
    for d in delays:
        await Sleep(d)
        total += d
        loop.log("%s slept %d" % (name, d))
    return total

async def flaky(after):
    await Sleep(after)
    raise ValueError("flaky gave up after %d" % after)

async def forever():
    try:
        while True:
            await Sleep(4)
            loop.log("forever ticks")
    except Cancelled as e:
        loop.log("forever cleaning up: %s" % e)
        return "stopped"

async def supervisor():
    a = loop.spawn(worker("a", [3, 1, 2]), "a")
    b = loop.spawn(worker("b", [2, 2]), "b")
    f = loop.spawn(flaky(5), "flaky")
    bg = loop.spawn(forever(), "forever")
    results = [await Join(a), await Join(b)]
    try:
        await Join(f)
    except ValueError as e:
        results.append("caught " + str(e))
    await Sleep(3)
    loop.cancel(bg)
    results.append(await Join(bg))
    return results

main = loop.spawn(supervisor(), "main")
loop.run()
print("\n".join(loop.trace))
print("main result:", main.result, "| final time:", loop.now, "| tasks:", Task.counter)
