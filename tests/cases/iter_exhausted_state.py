def ex(it):
    for _ in it: pass
    return it
class G:
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i
its = [iter([1]), iter((1,)), iter("a"), iter("é"), iter(b"a"), iter(bytearray(b"a")), iter(range(2)),
       iter({1:2}), iter({1:2}.values()), iter({1:2}.items()), iter({1}), zip([1],[2]), reversed([1]), reversed((1,2)),
       reversed({1:2}), iter(lambda: 1, 1), enumerate([1]), map(abs, [1]), filter(None, [1]), iter(G())]
for it in its:
    ex(it)
    print(type(it).__name__, end=" ")
    r = it.__reduce__()
    print(r[0], [type(x).__name__ for x in r[1]], r[1] if type(it) not in (zip, enumerate, map, filter) else "", r[2:])
    try: print(it.__length_hint__())
    except Exception as e: print("ERR", type(e).__name__, e)
d = {1: 2, 3: 4, 5: 6}
for it in [iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.items()), iter({7, 8})]:
    next(it)
    print(type(it).__name__, it.__reduce__())
it = iter(d); d[9] = 0
try: it.__reduce__()
except RuntimeError as e: print("RuntimeError", e)
c = iter(int, 1)
print(c.__reduce__()[1])
class H(G):
    def __len__(self): return 10
it = iter(H()); next(it); print(it.__length_hint__(), it.__reduce__()[2])
it = iter(G()); next(it); print(it.__length_hint__())
l = [1]; it = iter(l)
for x in it: pass
l += [2, 3]
print(list(it), type(it).__name__)
l = [1]; it = iter(l)
print(list(it))
l += [2, 3]
print(list(it), type(it).__name__)
s = "ab"; it = iter(s); print(list(it), list(it))
ba = bytearray(b"a"); it = iter(ba); list(it); ba += b"xyz"; print(list(it))
z = zip(iter([1, 2]), iter([3])); print(list(z)); print(list(z))
