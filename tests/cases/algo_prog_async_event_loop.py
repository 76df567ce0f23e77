"""A hand-written async event loop: futures with __await__, tasks, async generators,
async context managers, cancellation and gather, all driven with send()/throw()."""
import sys
from collections import deque
import types


class CancelledError(BaseException):
    pass


class InvalidState(Exception):
    pass


class Future:
    _PENDING, _DONE, _CANCELLED = "pending", "done", "cancelled"

    def __init__(self, loop, label=""):
        self.loop = loop
        self.label = label
        self.state = Future._PENDING
        self._result = None
        self._exc = None
        self.callbacks = []

    def done(self):
        return self.state != Future._PENDING

    def result(self):
        if self.state == Future._CANCELLED:
            raise CancelledError(self.label)
        if self.state == Future._PENDING:
            raise InvalidState(f"{self.label} not ready")
        if self._exc is not None:
            raise self._exc
        return self._result

    def set_result(self, value):
        if self.done():
            raise InvalidState(f"{self.label} already {self.state}")
        self._result = value
        self.state = Future._DONE
        self._schedule_callbacks()

    def set_exception(self, exc):
        if self.done():
            raise InvalidState(f"{self.label} already {self.state}")
        self._exc = exc
        self.state = Future._DONE
        self._schedule_callbacks()

    def cancel(self):
        if self.done():
            return False
        self.state = Future._CANCELLED
        self._schedule_callbacks()
        return True

    def add_done_callback(self, cb):
        if self.done():
            self.loop.call_soon(cb, self)
        else:
            self.callbacks.append(cb)

    def _schedule_callbacks(self):
        cbs, self.callbacks = self.callbacks, []
        for cb in cbs:
            self.loop.call_soon(cb, self)

    def __await__(self):
        if not self.done():
            yield self
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        return f"<Future {self.label} {self.state}>"


class Task(Future):
    def __init__(self, loop, coro, label):
        super().__init__(loop, label)
        self.coro = coro
        self._must_cancel = False
        self.waiting_on = None
        loop.call_soon(self._step)

    def cancel(self):
        if self.done():
            return False
        if self.waiting_on is not None and self.waiting_on.cancel():
            return True
        self._must_cancel = True
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            exc = CancelledError(f"{self.label} cancelled")
            self._must_cancel = False
        try:
            if exc is None:
                awaited = self.coro.send(None)
            else:
                awaited = self.coro.throw(exc)
        except StopIteration as stop:
            Future.set_result(self, stop.value)
        except CancelledError:
            Future.cancel(self)
        except Exception as e:
            Future.set_exception(self, e)
        else:
            if isinstance(awaited, Future):
                self.waiting_on = awaited
                awaited.add_done_callback(self._wakeup)
            elif awaited is None:
                self.loop.call_soon(self._step)
            else:
                self.loop.call_soon(self._step, TypeError(f"bad yield {awaited!r}"))

    def _wakeup(self, fut):
        self.waiting_on = None
        try:
            fut.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()


class Loop:
    def __init__(self):
        self.ready = deque()
        self.timers = []
        self.time = 0
        self.trace = []

    def call_soon(self, fn, *args):
        self.ready.append((fn, args))

    def call_later(self, delay, fn, *args):
        self.timers.append((self.time + delay, len(self.trace) + len(self.timers), fn, args))
        self.timers.sort(key=lambda t: (t[0], t[1]))

    def sleep(self, delay, value=None):
        fut = Future(self, f"sleep({delay})")
        self.call_later(delay, lambda: fut.done() or fut.set_result(value))
        return fut

    def create_task(self, coro, label=None):
        return Task(self, coro, label or coro.__qualname__)

    def run_until_complete(self, coro):
        task = self.create_task(coro, "main")
        while not task.done():
            if not self.ready:
                if not self.timers:
                    raise RuntimeError("deadlock: nothing scheduled")
                when, _, fn, args = self.timers.pop(0)
                self.time = when
                self.ready.append((fn, args))
            fn, args = self.ready.popleft()
            fn(*args)
        return task.result()


loop = Loop()


def log(*args):
    print(f"[t={loop.time:>2}]", *args)


async def gather(*aws, return_exceptions=False):
    tasks = [a if isinstance(a, Future) else loop.create_task(a) for a in aws]
    results = []
    for t in tasks:
        try:
            results.append(await t)
        except Exception as e:
            if not return_exceptions:
                for other in tasks:
                    other.cancel()
                raise
            results.append(e)
    return results


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        log("open", self.name)
        await loop.sleep(1)
        return self

    async def __aexit__(self, et, ev, tb):
        await loop.sleep(1)
        log("close", self.name, et.__name__ if et else "clean")
        return et is KeyError


class Ticker:
    def __init__(self, n, delay):
        self.n, self.delay, self.i = n, delay, 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await loop.sleep(self.delay)
        self.i += 1
        return self.i


async def agen_squares(limit):
    try:
        for i in range(limit):
            await loop.sleep(1)
            received = yield i * i
            if received:
                log("agen got", received)
    finally:
        log("agen finalised")


async def worker(name, delay, fail=False):
    log(name, "start")
    await loop.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    log(name, "done")
    return name.upper()


async def slow_cancellable():
    try:
        await loop.sleep(100)
        return "never"
    except CancelledError as c:
        log("slow got cancelled:", c)
        raise
    finally:
        log("slow cleanup")


@types.coroutine
def legacy_yield():
    value = yield loop.sleep(2, "legacy")
    return f"legacy->{value}"


async def main():
    log("main begins")
    print(await gather(worker("a", 3), worker("b", 1), worker("c", 2)))
    print(await gather(worker("d", 1), worker("e", 2, fail=True), return_exceptions=True))
    try:
        await gather(worker("f", 1, fail=True), worker("g", 5))
    except ValueError as e:
        log("gather raised:", e)
    async with Resource("db") as r:
        log("using", r.name)
    async with Resource("cache"):
        raise KeyError("suppressed by __aexit__")
    try:
        async with Resource("file"):
            raise IndexError("escapes")
    except IndexError as e:
        log("escaped:", repr(e))
    total = 0
    async for tick in Ticker(3, 2):
        total += tick
        log("tick", tick)
    print("ticks total", total)
    squares = [s async for s in agen_squares(4)]
    print("squares", squares)
    ag = agen_squares(10)
    print(await ag.__anext__(), await ag.asend("hello"), await ag.asend(None))
    await ag.aclose()
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        log("agen exhausted after aclose")
    t = loop.create_task(slow_cancellable(), "slow")
    await loop.sleep(1)
    print("cancel returned", t.cancel(), t)
    await loop.sleep(0)
    await loop.sleep(0)
    print("slow state:", t.state, t.done())
    try:
        t.result()
    except CancelledError as c:
        print("result() raised CancelledError", c)
    print(await legacy_yield())
    evens = {x async for x in Ticker(4, 1) if x % 2 == 0}
    print(sorted(evens), type(agen_squares).__name__, type(agen_squares(1)).__name__)
    coro = worker("unused", 1)
    print(type(coro).__name__, coro.cr_running, coro.__qualname__)
    coro.close()
    fut = Future(loop, "manual")
    fut.set_result(1)
    try:
        fut.set_result(2)
    except InvalidState as e:
        print("InvalidState:", e)
    return "main result"


print("final:", loop.run_until_complete(main()), "at t =", loop.time)
try:
    loop.run_until_complete(loop.sleep(1).__await__().__next__().__class__ and worker("x", 0, True))
except ValueError as e:
    print("run_until_complete raised", e)


async def never_awaited():
    return 1


c = never_awaited()
print(c.send.__name__, c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
