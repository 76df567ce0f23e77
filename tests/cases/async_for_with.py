# `async for` (with else, break, continue, return) and `async with` (entering, exiting,
# suppressing, early exits, several managers), and their TypeErrors.

def run(coro):
    try:
        value = coro.send(None)
        while True:
            print("  loop got", repr(value))
            value = coro.send(None)
    except StopIteration as stop:
        return stop.value


def attempt(label, coro):
    try:
        print(label, "->", repr(run(coro)))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class Pause:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        yield self.what


class Countdown:
    """An async iterator written by hand."""

    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await Pause(f"tick {self.n}")
        self.n -= 1
        return self.n + 1


async def loops():
    seen = []
    async for i in Countdown(3):
        seen.append(i)
    else:
        seen.append("else")
    async for i in Countdown(5):
        if i == 4:
            continue
        if i == 2:
            break
        seen.append(i)
    else:
        seen.append("not reached")
    for outer in "ab":
        async for i in Countdown(2):
            seen.append(outer + str(i))
    return seen


attempt("loops", loops())


async def returns_from_loop():
    async for i in Countdown(10):
        if i == 8:
            return f"returned at {i}"


attempt("return inside async for", returns_from_loop())


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("broken iterator")


async def loop_over(obj):
    async for _ in obj:
        pass
    return "finished"


class NoAnext:
    def __aiter__(self):
        return 42


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return "not awaitable"


for obj in [Failing(), 1, [1, 2], NoAnext(), BadAnext()]:
    attempt(f"async for over {type(obj).__name__}", loop_over(obj))


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Pause(f"enter {self.name}")
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Pause(f"exit {self.name}")
        print(f"  {self.name} exits with", exc_type.__name__ if exc_type else None)
        return self.suppress


async def managers():
    async with Manager("a") as a:
        print("  inside", a)
    async with Manager("outer", suppress=True), Manager("inner") as i:
        print("  inside", i)
        raise KeyError("swallowed by outer")
    for n in range(3):
        async with Manager(f"m{n}"):
            if n == 0:
                continue
            break
    async with Manager("last"):
        return "returned inside async with"


attempt("managers", managers())


async def not_suppressed():
    async with Manager("x"):
        raise IndexError("escapes")


attempt("exception escapes", not_suppressed())


class NoAexit:
    async def __aenter__(self):
        return self


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class ExitNotAwaitable:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return False


async def use(mgr):
    async with mgr:
        return "body ran"


for mgr in [1, NoAexit(), SyncOnly(), EnterNotAwaitable(), ExitNotAwaitable()]:
    attempt(f"async with {type(mgr).__name__}", use(mgr))
