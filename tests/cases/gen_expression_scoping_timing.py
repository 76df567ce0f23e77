# When generator-expression and comprehension parts are evaluated: the first iterable eagerly,
# the rest and the conditions lazily; errors surface at creation or at iteration accordingly;
# comprehension variables do not leak; nested generators capture names late.
def src(name, items):
    print("  evaluating source", name)
    return items

g = (x * y for x in src("outer", [1, 2]) for y in src("inner", [10, 20]))
print("generator created")
print(list(g))

try:
    bad = (x for x in 5)
except TypeError as e:
    print("at creation:", type(e).__name__, e)
lazy_bad = (x for x in [1] for y in 5)
print("inner iterable error not raised yet")
try:
    list(lazy_bad)
except TypeError as e:
    print("at iteration:", type(e).__name__, e)

cond_calls = []
def cond(v):
    cond_calls.append(v)
    return v % 2
filtered = (v for v in range(6) if cond(v))
print(cond_calls, next(filtered), cond_calls, list(filtered), cond_calls)

for i in range(3):
    pass
squares = [j * j for j in range(4)]
try:
    j
except NameError as e:
    print("comprehension variable does not leak:", e)
print("loop variable does leak:", i)

base = 10
gen = (base + k for k in range(3))
base = 100
print("late binding of free names in genexp:", list(gen))

items = [1, 2, 3]
gen2 = (v for v in items)
items = ["replaced"]
print("first iterable bound at creation:", list(gen2))

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[c] for row in matrix] for c in range(3)], [v for row in matrix for v in row if v % 2 == 0])
print({k: [v for v in range(k)] for k in range(4)}, {(a, b) for a in range(2) for b in range(a, 2)})
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bb ccc bb".split()), "".join(c.upper() for c in "abc"))

# walrus inside comprehensions binds in the enclosing scope
data = [5, 12, 7, 20]
big = [y for x in data if (y := x * 2) > 15]
print(big, "last y:", y)
total = 0
running = [total := total + v for v in data]
print(running, total)

# generator exhausted after one pass; a list comprehension is not
once = (c for c in "ab")
print(list(once), list(once), [c for c in "ab"] * 2)

# StopIteration inside a generator expression's source ends it quietly
def stopper():
    yield 1
    return
print(list(x for x in stopper()), [x for x in iter([])])

# comprehension scope inside a class body only sees the first iterable's class names
class Table:
    cols = ["a", "b"]
    rows = range(2)
    cells = [c for c in cols]
    try:
        grid = [(r, c) for r in rows for c in cols]
    except NameError as e:
        grid = "NameError: " + str(e)
print(Table.cells, Table.grid)

# async comprehension syntax outside async functions is an error at compile time
try:
    compile("[x async for x in y]", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
