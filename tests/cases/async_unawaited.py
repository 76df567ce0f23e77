# A coroutine that is created and dropped without ever running gets CPython's
# RuntimeWarning, reported once per place where it was dropped.

async def fetch(n):
    return n


class Client:
    async def get(self):
        return "data"


fetch(1)
print("after a bare call")

pending = fetch(2)
del pending
print("after del")


def helper():
    unused = fetch(3)
    return "helper returned"


print(helper())

for i in range(3):
    fetch(i)
print("after the loop (warned once)")

Client().get()

awaited = fetch(4)
try:
    awaited.send(None)
except StopIteration as stop:
    print("a coroutine that ran is not reported:", stop.value)
del awaited

closed = fetch(5)
closed.close()
del closed
print("nor is a closed one")
