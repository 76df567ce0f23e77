# Infinite generators consumed partially with break, zip, next.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        print("first square over 50:", n)
        break

evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
print(list(zip("abc", naturals(10))))

def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

def cycle(seq):
    while True:
        for x in seq:
            yield x
print(take(7, cycle([1, 2, 3])))
g = naturals(5)
print(next(g), next(g), next(g))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(10, primes()))
