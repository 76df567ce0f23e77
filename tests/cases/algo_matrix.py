# Matrix multiplication, transpose and printing.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def show(m):
    for row in m:
        print(" ".join(f"{v:4}" for v in row))

a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
show(matmul(a, b))
ident = [[int(i == j) for j in range(3)] for i in range(3)]
show(ident)
def power(m, n):
    result = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result
print(power([[1, 1], [1, 0]], 90)[0][1])
print([list(r) for r in zip(*[[1, 2, 3], [4, 5, 6]])])
