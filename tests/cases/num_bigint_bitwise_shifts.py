# Shifts and bitwise operators on large and negative integers (two's complement semantics).
big = (1 << 100) | 0xDEADBEEF
print(big, hex(big), big >> 68, big >> 200, big << 3, (big << 50) >> 50 == big)
print(-big >> 1, -big >> 99, -big >> 1000, -1 >> 5, -1 << 70)
print(1 << 0, 5 << 64, (5 << 64) >> 63, 0 << 1000, 0 >> 3)
for bad in ((1, -1), (-5, -3)):
    for op in ("<<", ">>"):
        try:
            print(eval("%d %s %d" % (bad[0], op, bad[1])))
        except ValueError as e:
            print(type(e).__name__, e)
try:
    1 << (1 << 70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
print(5 >> (1 << 70), -5 >> (1 << 70))

a = 2 ** 80 + 2 ** 40 + 1
b = 2 ** 79 + 2 ** 40 + 3
print(a & b, a | b, a ^ b, ~a, ~-a, a & -b, a | -b, a ^ -b)
print(-a & -b, -a | -b, -a ^ -b, (-a) & 0xFF, (-1) & (2 ** 100 - 1) == 2 ** 100 - 1)
print(a & 0, a | 0 == a, a ^ a, -a & a, ~0, ~-1, ~(2 ** 64))
print(bin(a & ~(1 << 40)), bin(-a)[:12], oct(-b), hex(a ^ b))

# identities
for x in (0, 1, -1, 2 ** 65, -(2 ** 65) + 7, 123456789 ** 3):
    assert ~x == -x - 1
    assert x ^ x == 0
    assert x & -1 == x
    assert (x | 0) == x
    assert (x << 5) == x * 32
    assert (x >> 3) == x // 8
print("identities hold")

# bool participates as int
print(True << 10, True & 3, False | 2, True ^ True, ~True, type(True & True).__name__, type(True & 1).__name__)

# bit tricks
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
def lowest_set(n):
    return n & -n
vals = [2 ** 100 - 1, 2 ** 64 + 2 ** 3, 96, 1]
print([popcount(v) for v in vals], [lowest_set(v) for v in vals], [v.bit_count() for v in vals])
print([(v & (v - 1)) == 0 for v in (1, 2, 3, 2 ** 90, 2 ** 90 + 1)])

# mixing with floats is an error for bitwise ops
for expr in ("1.0 & 1", "1 << 2.0", "2 ** 70 | 1.5", "~1.5", "'a' ^ 1"):
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)

# augmented assignment on big ints
x = 1
for i in range(10):
    x <<= 13
    x ^= i
x |= 1 << 200
x &= ~(1 << 130)
print(x, x.bit_length())
