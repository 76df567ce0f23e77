# Generator expressions: lazy, single-pass, usable as sole call argument.
g = (x * x for x in range(5))
print(type(g).__name__)
print(sum(g))
print(sum(g))
print(sum(x for x in range(10) if x % 3 == 0))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list((a, b) for a in range(3) for b in range(a)))
print(",".join(str(i) for i in range(4)))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
lazy = (v * 10 for v in noisy(3))
print("created")
print(next(lazy))
print(list(lazy))
xs = [1, 2, 3]
ge = (x for x in xs)
xs.append(4)
print(list(ge))
try:
    (1 / y for y in [0])
    print("no error until iterated")
    list(1 / y for y in [0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
