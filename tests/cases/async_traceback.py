# An exception raised deep inside awaited coroutines is not caught: the traceback lists
# every coroutine frame, as CPython prints it.

class Pause:
    def __await__(self):
        yield "pause"


async def parse(text):
    await Pause()
    return int(text)


async def load(items):
    total = 0
    for item in items:
        total += await parse(item)
    return total


async def main():
    print("total", await load(["1", "2"]))
    print("total", await load(["3", "x"]))


coro = main()
try:
    while True:
        coro.send(None)
except StopIteration:
    pass
