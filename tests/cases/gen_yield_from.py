# yield from delegates to a sub-generator and returns its return value.
def inner(n):
    for i in range(n):
        yield i
    return f"inner done with {n}"

def outer():
    r1 = yield from inner(2)
    print("got", r1)
    r2 = yield from inner(3)
    print("got", r2)
    yield from "xy"
    yield from [10, 20]
    return "outer done"

g = outer()
for v in g:
    print("value", v)

def collect():
    result = yield from outer()
    print("collected:", result)
list(collect())

def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def empty():
    return "nothing yielded"
    yield
def wrap():
    r = yield from empty()
    yield r
print(list(wrap()))
