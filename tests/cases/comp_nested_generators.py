# Nested comprehensions and generator expressions.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([v for row in grid for v in row if v % 2 == 0])
print(sum(sum(row) for row in grid))
print({r: [v for v in row if v > 3] for r, row in enumerate(grid)})
print(list(zip(*grid)))
pairs = ((a, b) for a in range(4) for b in range(a + 1, 4))
print(list(pairs))
def primes(n):
    return [p for p in range(2, n) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes(50))
print(["".join(c for c in w if c not in "aeiou") for w in ["banana", "kiwi", "sky"]])
flat = [x for sub in [[1, [2]], [3]] for x in sub]
print(flat)
