# Comprehensions have their own scope; the first iterable is evaluated outside.
x = "outer"
res = [x for x in range(3)]
print(res, x)

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

class C:
    base = [1, 2, 3]
    doubled = [b * 2 for b in base]
    try:
        bad = [base[0] + i for i in range(2)]
    except NameError as e:
        bad = "NameError: " + str(e)
print(C.doubled, C.bad)

funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([[i, j] for i in range(2) for j in range(i, 2)])
n = 5
print([n for n in range(n)])
print(n)
def g():
    vals = [1, 2]
    return [v for v in vals], {v: v for v in vals}, {v for v in vals}
print(g())
