# The slot methods of generators, coroutines and the builtin iterators are slot wrappers:
# bound, they are method-wrappers; send/throw/close and __length_hint__ are methods.
def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


g, c, ag = gen(), coro(), agen()
objects = [("generator", g), ("coroutine", c), ("async_generator", ag),
           ("list_iterator", iter([])), ("range_iterator", iter(range(3))),
           ("str_iterator", iter("ab")), ("tuple_iterator", iter(())),
           ("dict_keyiterator", iter({})), ("enumerate", enumerate([])), ("zip", zip()),
           ("map", map(len, [])), ("filter", filter(None, [])),
           ("reversed", reversed([1])), ("callable_iterator", iter(int, 1))]
names = ["__next__", "__iter__", "__repr__", "send", "throw", "close", "__await__",
         "__anext__", "__aiter__", "__length_hint__", "__reduce__", "__sizeof__"]
for label, o in objects:
    parts = []
    for n in names:
        try:
            parts.append(n + "=" + type(getattr(o, n)).__name__)
        except AttributeError:
            pass
    print(label, type(o).__name__, " ".join(parts))
    unbound = type(o).__dict__.get("__next__")
    if unbound is not None:
        print("  unbound", type(unbound).__name__, unbound.__qualname__, repr(unbound))
print(repr(type(g).send), type(type(g).send).__name__, type(g).send.__qualname__)
print(g.__next__(), g.__next__.__name__, g.__next__.__self__ is g)
print(repr(type(iter([])).__length_hint__))
it = iter([1, 2, 3])
print(it.__next__(), it.__length_hint__(), list(it.__iter__()))
c.close()
