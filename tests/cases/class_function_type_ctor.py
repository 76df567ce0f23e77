# Calling the function type builds a function from a code object; other builtin types
# without a constructor refuse to be called; the cell type makes cells.
def make_adder(n):
    def add(x):
        return x + n
    return add


add3 = make_adder(3)
FunctionType = type(add3)
CellType = type(add3.__closure__[0])
bad_calls = [
    ("U", (), {}), (), (add3.__code__,), (add3.__code__, {}),
    (add3.__code__, {}, None, None, ()), (add3.__code__, {}, None, None, (1,)),
    (add3.__code__, {}, None, None, 5), (add3.__code__, 5), (add3.__code__, {}, None, 5),
    (add3.__code__, {}, 5),
]
for args in bad_calls:
    try:
        FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
add10 = FunctionType(add3.__code__, {}, "add10", None, (CellType(10),))
print(add10(1), add10.__name__, add10.__qualname__, add10.__module__, add10.__defaults__)
maker = FunctionType(make_adder.__code__, {"__name__": "elsewhere"}, None, (7,))
print(maker.__defaults__, maker.__module__, maker()(1))
kw = FunctionType(code=add3.__code__, globals={}, name=None, argdefs=None, closure=add3.__closure__)
print(kw(5), kw.__name__)


def reads_global():
    return GLOBAL_NAME


fresh = FunctionType(reads_global.__code__, {"GLOBAL_NAME": "from new globals"})
print(fresh(), fresh.__module__)
try:
    FunctionType(add3.__code__, {}, bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    class FromFunction(add3):
        pass
except TypeError as e:
    print("TypeError", e)

cell = CellType("held")
print(cell.cell_contents, add10.__closure__[0].cell_contents)
empty = CellType()
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError", e)
for args, kwargs in (((1, 2), {}), ((), {"x": 1})):
    try:
        CellType(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)


def gen():
    yield 1


for obj in (len, gen(), [].append, (1).__add__, {}.keys(), iter([]), iter(range(2))):
    try:
        type(obj)()
    except TypeError as e:
        print("TypeError", e)
