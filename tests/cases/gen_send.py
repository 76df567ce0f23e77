# Generator send(): values sent in become the result of yield.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

g = accumulator()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        print("received", received)

e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as err:
    print("TypeError:", err)

def delegator():
    r = yield from accumulator()
    yield "delegate saw " + str(r)
d = delegator()
next(d)
d.send(4)
d.send(6)
print(d.send(None))
