# collections.deque: both ends, maxlen, rotate, indexing, comparisons, reprs and errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([9, 10])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, d.count(7), d.index(7), 3 in d, 99 in d)
d.insert(2, "x")
print(d)
d.remove("x")
del d[0]
d[0] = "first"
print(d, list(reversed(d)), d.index(2, 1, 5))
d.clear()
print(d, bool(d))

m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extendleft([100, 200])
print(m)
print(deque("abc", 2), deque([], maxlen=0), deque([1, 2, 3]).copy())
zero = deque(maxlen=0)
zero.append(1)
print(zero)


def attempt(code):
    try:
        print(code, "->", repr(eval(code)))
    except Exception as e:
        print(code, "->", type(e).__name__, e)


for code in ['deque().pop()', 'deque().popleft()', 'deque([1]).index(2)',
             'deque([1]).remove(2)', 'deque([1])[5]', 'deque([1])[-2]', 'deque([1])[1:]',
             'deque(maxlen=-1)', 'deque([1], maxlen=1).insert(0, 2)', 'deque([1, 2]) + [3]',
             'deque([1, 2]) + deque([3])', 'deque([1, 2]) * 2', '2 * deque([1])',
             'deque([1]) == deque([1])', 'deque([1]) == [1]', 'deque([1]) < deque([2])',
             'deque([1, 2]) >= deque([1])', 'deque("ab") != deque("ab")']:
    attempt(code)

q = deque([1, 2, 3])
try:
    for item in q:
        q.append(item)
except RuntimeError as e:
    print("RuntimeError", e)
r = deque([1])
r.append(r)
print(r)
a = deque([1])
a += [2, 3]
a *= 2
print(a)

# A long run of operations at both ends.
z = deque()
for i in range(100):
    z.appendleft(i)
for i in range(90):
    z.pop()
print(z, len(z))
for i in range(1000):
    z.append(i)
    z.popleft()
print(z, sum(z))
window = deque(maxlen=4)
for i in range(10):
    window.append(i)
print(window, sum(window) / len(window))


def bfs(graph, start):
    seen, order, queue = {start}, [], deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


print(bfs({1: [2, 3], 2: [4], 3: [4], 4: [1]}, 1))
