"""Sets of ints: adding, membership tests, iteration and the set algebra.

One million pseudo-random ints (a small LCG) are added to a set one by one, then
tested for membership (half present, half not), the set is iterated, and set
operations (|, &, -, ^ and their in-place forms, discard, pop) are run on sets of
a hundred thousand members. The printed result depends on the sets' iteration
order, so it is also a check that the order is CPython's.

Usage: sets.py [N]   (default N = 1000000)
"""
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    x = 12345
    s = set()
    add = s.add
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        add(x >> 4)
    hits = 0
    for i in range(n):
        if i * 61 in s:
            hits += 1
        if i in s:
            hits += 1
    total = 0
    for v in s:
        total += v
    first = 0
    for i, v in enumerate(s):
        if i == 1000:
            break
        first = first * 31 + v
    m = n // 10
    a = set(range(0, 3 * m, 3))
    b = set(range(0, 2 * m, 2))
    u = a | b
    w = a & b
    d = a - b
    e = a ^ b
    a |= set(range(1, m, 7))
    a -= b
    a ^= set(range(0, m, 11))
    for i in range(0, m, 5):
        a.discard(i)
    popped = 0
    for _ in range(m // 4):
        popped += a.pop()
    print(len(s), hits, total, first % 1000000007, len(u), len(w), len(d), len(e), len(a), popped)


main()
