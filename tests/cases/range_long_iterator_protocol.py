# The iterator of a range beyond a machine int speaks the whole iterator protocol, like the
# small one: __next__, __iter__ and __length_hint__.
for r in (range(3), range(2**70, 2**70 + 3), range(2**70, 2**70 - 6, -2)):
    it = iter(r)
    print(type(it).__name__, it.__length_hint__(), it.__next__(), it.__iter__() is it)
    print(list(it), it.__length_hint__())
    try:
        it.__next__()
    except StopIteration:
        print("StopIteration")
