# Iteration order of sets built by displays, constructors and comprehensions: CPython's
# hash table order, which depends on table size, collisions and how the set was built.
print({3, 1, 10}, {10, 2, 18}, {0, 8, 16, 24}, {7, 15, 23, 31, 39})
# Five or more constants: the display is made from a frozenset constant (table of 16),
# unlike set(list) (table of 32 after growing one key at a time).
print({0, 16, 1, 2, 3}, set([0, 16, 1, 2, 3]), frozenset([0, 16, 1, 2, 3]))
print({32, 64, 1, 33, 65, 97}, set((32, 64, 1, 33, 65, 97)))
a, b, c, d, e = 0, 16, 1, 2, 3
print({a, b, c, d, e}, {e, d, c, b, a})
print({x for x in (0, 16, 1, 2, 3)}, {x * 8 for x in range(12)})
print({*[0, 16, 1], *(2, 3)}, {*range(40, 0, -3)})
print(set({40: 1, 8: 2, 16: 3, 1: 4, 9: 5}), set({40: 1, 8: 2}.keys()))
print(set({0, 16, 1, 2, 3}), frozenset({0, 16, 1, 2, 3}), set(frozenset([0, 16, 1, 2, 3])))
for x in {0, 16, 1, 2, 3, 48}:
    print(x, end=" ")
print()
print([x for x in {0, 16, 1, 2, 3, 48}], list({0, 16, 1, 2, 3, 48}))
print(set(range(20, -20, -1)))
print({-1, -2, -3, -8, -9, 7, 8})
print({2**61 - 2, 2**61 - 1, 2**61, 2**62, -2**61, 2**64 + 1, 10**20})
print({0.5, 1.5, 2.25, -0.75, 1e300, 3.0, 8.0, float("inf"), -float("inf")})
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {2, 2.0}, {2.0, 2})
print({(1, 2), (2, 1), (0,), (), (1, (2, 3)), (-1, -2)})
print(set([(i, j) for i in range(3) for j in range(3)]))
print(frozenset(range(10, 0, -1)), frozenset(), set())
print({x * 1024 for x in range(30)})
print(set(range(0, 1000, 37)))
# Equal constant sets are one constant per module: every display with the same members
# iterates in the order of the first one compiled (a set, frozenset or `in` operand).
print({0, 8, 16}, {16, 8, 0}, {8, 16, 0, 8})
print(0 in {40, 32, 24, 16, 8, 0}, {8, 0, 16, 24, 32, 40})


def later():
    return {16, 0, 8}, [x for x in {8, 16, 0}], {16.0, 8, 0}, {16, 8, 0, 1}


print(later())
