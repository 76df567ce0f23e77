# range: len, indexing, slicing, negative steps, membership, equality.
r = range(10)
print(r, list(r), len(r))
print(range(2, 8), list(range(2, 8)), list(range(10, 0, -3)), list(range(0, -5, -1)))
print(list(range(5, 5)), list(range(5, 0)), len(range(0, 100, 7)), len(range(10, 0, -3)))
print(r[3], r[-1], r[2:5], r[::-1], r[::2], r[1:8:3])
print(list(range(20)[::-4]), range(0, 10, 2)[1:3])
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r)
print(range(0) == range(5, 2), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2))
print(r.index(4), range(0, 20, 5).index(15), r.count(3))
print(range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step)
print(sum(range(101)), max(range(7)), min(range(3, 9)))
big = range(10 ** 20)
print(len(range(0, 10 ** 12, 3)), big[-1], 10 ** 19 in big)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(range(4))), bool(range(0)), bool(range(1)))
