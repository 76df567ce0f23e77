# dict churn: inserts, deletes, popitem, setdefault and clear in random order, then
# popitem until empty, and keys with colliding hashes and a Python __eq__.
x = 12345
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n
out = []
for trial in range(120):
    d = {}
    ref = []
    size = rnd(30)
    for step in range(200):
        op = rnd(10)
        k = rnd(size + 1)
        key = k if rnd(2) else ('s%d' % k) if rnd(2) else (k, 'x')
        if op < 4:
            d[key] = step
        elif op < 6:
            d.pop(key, None)
        elif op == 6 and d:
            d.popitem()
        elif op == 7:
            d.setdefault(key, -1)
        elif op == 8 and rnd(20) == 0:
            d.clear()
        else:
            _ = key in d
    out.append((len(d), list(d.items())[:5], sum(v for v in d.values())))
d2 = {i: str(i) for i in range(50)}
print([d2.popitem() for _ in range(5)], len(d2), list(d2)[-3:])
d2[100] = "x"
print(list(d2.items())[-2:], d2.popitem(), d2.popitem())
print(len(out), out[:3], out[-1])
d = {i: i for i in range(20000)}
while d: d.popitem()
print(len(d))
class K:
    def __init__(s, v): s.v = v
    def __hash__(s): return s.v % 3
    def __eq__(s, o): return isinstance(o, K) and o.v == s.v
    def __repr__(s): return 'K%d' % s.v
e = {K(i): i for i in range(20)}
print(e[K(7)], K(25) in e, len(e))
for i in range(0, 20, 2): del e[K(i)]
print(list(e)[:5], e.get(K(9)), e.get(K(8)))
