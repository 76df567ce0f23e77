# Async comprehensions: `await` in the element or condition, `async for` clauses, nested
# comprehensions, and async generator expressions (also inside a plain function).

def run(coro):
    try:
        value = coro.send(None)
        while True:
            print("  loop got", repr(value))
            value = coro.send(None)
    except StopIteration as stop:
        return stop.value


class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


async def square(x):
    await Pause(f"square {x}")
    return x * x


async def count(n):
    for i in range(n):
        yield i


async def is_even(x):
    return x % 2 == 0


async def main():
    awaited = [await square(i) for i in range(3)]
    filtered = [x async for x in count(6) if await is_even(x)]
    as_set = {x % 3 async for x in count(7)}
    as_dict = {x: c async for x in count(3) for c in "ab" if x != 1}
    nested = [[y async for y in count(x)] for x in range(4)]
    mixed = [(x, y) for x in range(2) async for y in count(2)]
    gen = (await square(x) async for x in count(2))
    from_gen = [v async for v in gen]
    iterable_awaited = [i for i in await square(2) * [0]]
    return awaited, filtered, sorted(as_set), as_dict, nested, mixed, from_gen, iterable_awaited


for part in run(main()):
    print(part)


def plain():
    # An async generator expression may be written in a plain function.
    return (x * 10 async for x in count(3))


agen = plain()
print(type(agen).__name__)


async def drain(it):
    return [v async for v in it]


print(run(drain(agen)))
