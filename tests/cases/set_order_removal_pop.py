# Removals leave dummy slots that later insertions reuse; pop() walks from a finger that
# survives clear(); mass removals rebuild the table. All of it shows in printed orders.
s = {0}
s.add(8); s.add(16)
s.discard(0); s.discard(8)
s.add(24); s.add(1)
print(s)
s = set(range(10))
for i in range(0, 10, 2):
    s.remove(i)
for i in (10, 12, 18, 26, 34):
    s.add(i)
print(s)
s = set()
for i in range(40):
    s.add(i * 8)
    if i % 3 == 0:
        s.discard(i * 4)
print(s)
p = {5, 13, 21, 29, 2, 10}
print([p.pop() for _ in range(3)], p)
p.add(5); p.add(37)
print(p.pop(), p.pop(), p)
p.clear()
p.update([1, 2, 3, 4, 5, 6])
print(p.pop(), p.pop(), p)
q = set(range(100))
order = []
while q:
    order.append(q.pop())
    if len(order) in (10, 30, 50):
        q.add(1000 + len(order))
print(order[:15], order[-5:], len(order))
try:
    q.pop()
except KeyError as e:
    print("KeyError:", e)
thousand = set(range(1000))
print(list(thousand)[:10], list(thousand)[-10:])
spread = {i * 7919 % 100003 for i in range(1000)}
print(list(spread)[:12], list(spread)[-6:], len(spread))
for i in range(0, 1000, 2):
    thousand.discard(i)
print(list(thousand)[:10], len(thousand))
thousand.update(range(5000, 5020))
print(list(thousand)[-25:])
thousand -= set(range(0, 1000))
print(thousand)
r = set(range(8))
r.difference_update([0, 1, 2, 3, 4])
r.add(20); r.add(12)
print(r)
n = {-1, -2, -3, -4, -5, -6, -7}
n.discard(-3); n.add(-11); n.add(-19)
print(n, n.pop(), n)
f = {0.5, 1.5, 2.5}
f.remove(1.5); f.add(8.5); f.add(16.5)
print(f)
t = {(1, 2), (3, 4), (5, 6)}
t.discard((3, 4)); t.add((7, 8)); t.add((1, 2))
print(t)
