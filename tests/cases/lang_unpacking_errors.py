a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
for src in ("[1, 2, 3]", "[1]", "5", "[]", "'ab'", "{1: 2, 3: 4, 5: 6}"):
    try:
        p, q = eval(src)
        print(src, p, q)
    except (ValueError, TypeError) as err:
        print(src, type(err).__name__, err)
for src in ("[1]", "[]", "[1, 2]", "None"):
    try:
        p, q, *r = eval(src)
        print(src, p, q, r)
    except (ValueError, TypeError) as err:
        print(src, type(err).__name__, err)
try:
    (p, q), = [(1, 2, 3)]
except ValueError as err:
    print(type(err).__name__, err)
def gen():
    yield 1
    yield 2
    yield 3
try:
    p, q = gen()
except ValueError as err:
    print(type(err).__name__, err)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as err:
    print(type(err).__name__, err)
try:
    f(*5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    f(**[1])
except TypeError as err:
    print(type(err).__name__, err)
try:
    f(**{1: 2})
except TypeError as err:
    print(type(err).__name__, err)
try:
    [*5]
except TypeError as err:
    print(type(err).__name__, err)
try:
    {**[1]}
except TypeError as err:
    print(type(err).__name__, err)
o = type("O", (), {})()
o.a, o.b = 1, 2
lst = [0, 0, 0]
lst[0], lst[2] = "x", "z"
i = 0
i, lst[i] = 1, "set"
print(o.a, o.b, lst)
