# A function containing yield anywhere is a generator function.
def maybe(flag):
    if flag:
        return "returned"
    yield "yielded"

g = maybe(True)
print(type(g).__name__)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(maybe(False)))

def unreachable_yield():
    return 1
    yield
print(list(unreachable_yield()))

def yield_expr_value():
    x = yield
    y = yield x
    print("x, y =", x, y)
gen = yield_expr_value()
print(next(gen), gen.send("first"))
try:
    gen.send("second")
except StopIteration:
    print("done")
lam = lambda: (yield 5)
print(list(lam()))
