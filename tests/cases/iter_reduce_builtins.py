# __reduce__ and __setstate__ of the builtin iterators, and rebuilding an iterator from its
# reduction the way copy.copy does (callable(*args), then __setstate__(state)).


def rebuild(it):
    callable_, args, *state = it.__reduce__()
    new = callable_(*args)
    if state:
        new.__setstate__(state[0])
    return new


def describe(it):
    r = it.__reduce__()
    return (r[0].__name__,) + r[1:]


li = iter([1, 2, 3])
next(li)
print(describe(li))
copy = rebuild(li)
print(type(copy).__name__, list(copy), list(li))

ti = iter((1, 2, 3))
print(describe(ti))
next(ti)
print(describe(ti), list(rebuild(ti)), list(ti))

si = iter("héllo")
next(si)
next(si)
print(describe(si), list(rebuild(si)), list(si))
ai = iter("abc")
print(describe(ai), "".join(rebuild(ai)))

bi = iter(b"xyz")
next(bi)
print(describe(bi), list(rebuild(bi)))

ri = iter(range(1, 10, 2))
next(ri)
print(type(rebuild(ri)).__name__, list(rebuild(ri)), list(ri))
big = iter(range(2**62, 2**63 - 1, 2**60))
next(big)
print(list(rebuild(big)))

rv = reversed([1, 2, 3])
print(describe(rv))
next(rv)
print(describe(rv), list(rebuild(rv)), list(rv))
rt = reversed((4, 5))
print(describe(rt), list(rebuild(rt)))

inner = iter([5, 6, 7])
en = enumerate(inner, 3)
r = en.__reduce__()
print(r[0].__name__, r[1][0] is inner, r[1][1], len(r))
next(en)
print(en.__reduce__()[1][1], list(rebuild(en)), list(en))

a, b = iter([1, 2]), iter("ab")
z = zip(a, b)
r = z.__reduce__()
print(r[0].__name__, r[1][0] is a, r[1][1] is b, len(r))
zs = zip([1, 2], [3], strict=True)
print(zs.__reduce__()[2:])
try:
    list(rebuild(zs))
except ValueError as e:
    print(type(e).__name__, e)
zz = zip([1], [2])
zz.__setstate__(True)
print(zz.__reduce__()[2:])

m = map(abs, [-1, -2])
r = m.__reduce__()
print(r[0].__name__, r[1][0] is abs, list(rebuild(m)))
f = filter(None, [0, 1, 2])
r = f.__reduce__()
print(r[0].__name__, r[1][0], list(rebuild(f)))

for n in (-5, 0, 2, 9):
    it = iter([10, 20, 30])
    it.__setstate__(n)
    rit = reversed([10, 20, 30])
    rit.__setstate__(n)
    s = iter("abc")
    s.__setstate__(n)
    print(n, list(it), list(rit), list(s))
try:
    iter([1]).__setstate__("a")
except TypeError as e:
    print(type(e).__name__, e)
print(iter([]).__reduce__()[1], iter(()).__reduce__()[1:])
for it in (iter([1]), zip()):
    try:
        it.__setstate__()
    except TypeError as e:
        print(type(e).__name__, e)
ri = iter(range(1, 10, 2))
print(describe(ri))
next(ri)
next(ri)
print(describe(ri))
ri.__setstate__(1)
print(describe(ri), list(ri), describe(ri))
rr = reversed(range(1, 10, 2))
next(rr)
print(describe(rr), list(rebuild(rr)))
for n in (-1, 0, 3, 99):
    it = iter(range(0, -12, -3))
    it.__setstate__(n)
    print(n, list(it))
print(describe(iter(range(0))), describe(iter(range(2**63 - 2, 2**63 - 1))))
