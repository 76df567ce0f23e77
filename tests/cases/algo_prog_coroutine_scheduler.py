"""Coroutine scheduler driven by hand: generators, send/throw/close, yield from."""
import sys
from collections import deque


class heapq:
    """Minimal binary heap helpers (the stdlib heapq is not available everywhere)."""

    @staticmethod
    def heappush(heap, item):
        heap.append(item)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if heap[i] < heap[parent]:
                heap[i], heap[parent] = heap[parent], heap[i]
                i = parent
            else:
                break

    @staticmethod
    def heappop(heap):
        last = heap.pop()
        if not heap:
            return last
        top, heap[0] = heap[0], last
        heapq._sift_down(heap, 0)
        return top

    @staticmethod
    def _sift_down(heap, i):
        n = len(heap)
        while True:
            small = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and heap[c] < heap[small]:
                    small = c
            if small == i:
                return
            heap[i], heap[small] = heap[small], heap[i]
            i = small

    @classmethod
    def heapify(cls, heap):
        for i in reversed(range(len(heap) // 2)):
            cls._sift_down(heap, i)

from functools import partial
from contextlib import contextmanager


class Cancelled(Exception):
    pass


class Sleep:
    __slots__ = ("ticks",)

    def __init__(self, ticks):
        self.ticks = ticks

    def __repr__(self):
        return f"Sleep({self.ticks})"


class Spawn:
    def __init__(self, gen, name):
        self.gen = gen
        self.name = name


class Join:
    def __init__(self, task_name):
        self.task_name = task_name


class Task:
    _counter = 0

    def __init__(self, gen, name):
        Task._counter += 1
        self.tid = Task._counter
        self.gen = gen
        self.name = name
        self.result = None
        self.error = None
        self.done = False
        self.waiters = []
        self.send_value = None
        self.throw_exc = None

    def __lt__(self, other):
        return self.tid < other.tid

    def __repr__(self):
        state = "done" if self.done else "live"
        return f"Task#{self.tid}({self.name}, {state})"


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.clock = 0
        self.tasks = {}
        self.log = []

    def spawn(self, gen, name):
        t = Task(gen, name)
        self.tasks[name] = t
        self.ready.append(t)
        return t

    def cancel(self, name):
        t = self.tasks[name]
        if not t.done:
            t.throw_exc = Cancelled(f"{name} cancelled at {self.clock}")
            if t not in self.ready:
                self.sleeping = [(w, tt) for (w, tt) in self.sleeping if tt is not t]
                heapq.heapify(self.sleeping)
                self.ready.append(t)

    def _finish(self, task, result=None, error=None):
        task.done = True
        task.result = result
        task.error = error
        self.log.append((self.clock, task.name, "error" if error else "ok", result if error is None else repr(error)))
        for w in task.waiters:
            if error is not None:
                w.throw_exc = error
            else:
                w.send_value = result
            self.ready.append(w)

    def step(self, task):
        try:
            if task.throw_exc is not None:
                exc, task.throw_exc = task.throw_exc, None
                req = task.gen.throw(exc)
            else:
                val, task.send_value = task.send_value, None
                req = task.gen.send(val)
        except StopIteration as stop:
            self._finish(task, result=stop.value)
            return
        except Exception as exc:
            self._finish(task, error=exc)
            return
        if isinstance(req, Sleep):
            heapq.heappush(self.sleeping, (self.clock + req.ticks, task))
        elif isinstance(req, Spawn):
            child = self.spawn(req.gen, req.name)
            task.send_value = child.name
            self.ready.append(task)
        elif isinstance(req, Join):
            other = self.tasks[req.task_name]
            if other.done:
                if other.error is not None:
                    task.throw_exc = other.error
                else:
                    task.send_value = other.result
                self.ready.append(task)
            else:
                other.waiters.append(task)
        elif req is None:
            self.ready.append(task)
        else:
            task.throw_exc = TypeError(f"bad request {req!r}")
            self.ready.append(task)

    def run(self, limit=200):
        steps = 0
        while (self.ready or self.sleeping) and steps < limit:
            if not self.ready:
                when, task = heapq.heappop(self.sleeping)
                self.clock = max(self.clock, when)
                self.ready.append(task)
                while self.sleeping and self.sleeping[0][0] <= self.clock:
                    self.ready.append(heapq.heappop(self.sleeping)[1])
            task = self.ready.popleft()
            self.step(task)
            steps += 1
        return steps


def counter(name, n, delay):
    total = 0
    try:
        for i in range(n):
            print(f"  [{name}] tick {i} total={total}")
            total += i
            yield Sleep(delay)
    except Cancelled as c:
        print(f"  [{name}] got {c!r}")
        return -total
    finally:
        print(f"  [{name}] cleanup")
    return total


def subtask(depth):
    if depth == 0:
        yield Sleep(1)
        return "leaf"
    got = yield from subtask(depth - 1)
    yield
    return f"{got}<{depth}"


def parent():
    name = yield Spawn(counter("kid", 3, 2), "kid")
    print("  [parent] spawned", name)
    nested = yield from subtask(3)
    print("  [parent] nested:", nested)
    res = yield Join(name)
    print("  [parent] kid result", res)
    try:
        yield Join("bomb")
    except ZeroDivisionError as e:
        print("  [parent] bomb failed:", e, type(e.__context__))
    return "parent-done"


def bomb():
    yield Sleep(1)
    return 1 / 0


def bad_requester():
    try:
        yield "what"
    except TypeError as e:
        print("  [bad] told:", e)
    yield Sleep(1)
    return "recovered"


def accumulator():
    total = 0
    count = 0
    while True:
        try:
            value = yield total / count if count else None
        except ValueError as e:
            print("  acc reset because", e)
            total = count = 0
            continue
        except GeneratorExit:
            print("  acc closing with", total, count)
            raise
        if value is None:
            break
        total += value
        count += 1
    return (total, count)


def delegator(results):
    while True:
        r = yield from accumulator()
        results.append(r)
        if r[1] == 0:
            return len(results)


@contextmanager
def section(title):
    print(f"== {title} ==")
    try:
        yield title.upper()
    finally:
        print(f"== end {title} ==")


def main():
    with section("scheduler") as t:
        print(t)
        s = Scheduler()
        s.spawn(parent(), "parent")
        s.spawn(bomb(), "bomb")
        s.spawn(counter("long", 10, 3), "long")
        s.spawn(bad_requester(), "bad")
        steps = s.run(limit=12)
        print("after 12 steps clock", s.clock, sorted(s.tasks.values()))
        s.cancel("long")
        steps += s.run()
        print("steps", steps, "clock", s.clock)
        for entry in s.log:
            print("  log", entry)

    with section("accumulator"):
        results = []
        d = delegator(results)
        print(next(d))
        for v in [10, 20, 30]:
            print("avg", d.send(v))
        print(d.throw(ValueError("manual")))
        print(d.send(4), d.send(None))
        print(d.send(8))
        d.close()
        print("results", results)
        d2 = delegator(results)
        next(d2)
        try:
            d2.send(None)
        except StopIteration as e:
            print("stopped with", e.value, e.args)
        print(d2.gi_frame, d2.gi_running)

    with section("errors"):
        g = counter("x", 2, 1)
        print(next(g))
        try:
            g.throw(KeyError, "k")
        except KeyError as e:
            print("KeyError propagated", e)
        print(list(g))
        def gen_returns():
            yield 1
            return
        print(list(gen_returns()), next(iter(gen_returns())))
        def reentrant():
            yield g2.send(None)
        g2 = reentrant()
        try:
            next(g2)
        except ValueError as e:
            print("ValueError:", e)
        def raises_stop():
            yield 1
            raise StopIteration("inner")
        try:
            list(raises_stop())
        except RuntimeError as e:
            print("RuntimeError:", e, "| cause:", repr(e.__cause__))
        lazy = (x * 2 for x in partial(range, 3)())
        print(lazy.__name__, list(lazy), list(lazy))


main()
