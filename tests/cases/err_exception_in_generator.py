# An exception raised inside a generator shows the generator frame in the traceback.
def numbers():
    yield 1
    yield 2
    raise IndexError("generator ran out")

for n in numbers():
    print("got", n)
