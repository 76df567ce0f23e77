# List comprehensions with conditions and nesting.
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "abc"])
print([x if x > 0 else 0 for x in [-1, 2, -3, 4]])
print([len(w) for w in "the quick brown fox".split()])
print([i for i in []])
print([(i, j) for i, j in enumerate("ab")])
words = ["apple", "bob", "kayak", "zed"]
print([w for w in words if w == w[::-1]])
print([[j for j in range(i)] for i in range(4)])
