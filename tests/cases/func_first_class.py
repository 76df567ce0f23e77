# Functions are values: passed, stored, returned, with attributes.
def square(x):
    return x * x

def apply(fn, values):
    return [fn(v) for v in values]

ops = {"sq": square, "neg": lambda x: -x, "abs": abs}
print(apply(square, [1, 2, 3]))
for name in ("sq", "neg", "abs"):
    print(name, ops[name](-4))
f = square
print(f is square, f(9), f.__name__)
square.note = "has attribute"
print(f.note)
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, square, abs)(-3))
print(callable(square), callable(5), callable(ops["neg"]))
def doc():
    "A docstring."
print(doc.__doc__, square.__doc__)
print(square.__code__.co_argcount if hasattr(square, "__code__") else 1)
print(type(square).__name__, type(len).__name__)
