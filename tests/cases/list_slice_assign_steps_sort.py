# Slice assignment and deletion with steps (including negative), size rules, and stable sorting
# with key/reverse on records.
base = list(range(10))
def fresh():
    return list(base)

ops = [
    ("a[2:5] = 'xy'", None), ("a[2:5] = []", None), ("a[5:2] = [7, 7]", None), ("a[:0] = [-1]", None),
    ("a[len(a):] = [10, 11]", None), ("a[::2] = 'abcde'", None), ("a[1::3] = [0, 0, 0]", None),
    ("a[::-1] = range(10)", None), ("a[8:2:-2] = 'XYZ'", None), ("a[-3:] = a", None), ("a[:] = a[::-1]", None),
    ("a[::2] = [1, 2]", None), ("a[::-3] = []", None), ("a[1:9:0] = []", None), ("a[2:3] = 5", None),
    ("del a[::2]", None), ("del a[::-3]", None), ("del a[8:2:-2]", None), ("del a[100:]", None), ("del a[:]", None),
    ("del a[1:9:0]", None), ("a[3:7:1] = 'ab'", None), ("a[3:7:-1] = []", None), ("a[-100:2] = [None]", None),
]
for code, _ in ops:
    a = fresh()
    try:
        exec(code, {"a": a})
        print("%-22s %s" % (code, a))
    except (ValueError, TypeError) as e:
        print("%-22s %s: %s" % (code, type(e).__name__, e))

ba = bytearray(b"0123456789")
ba[::3] = b"ABCD"
del ba[1::4]
ba[2:2] = b"--"
print(ba)
try:
    ba[::2] = b"xy"
except ValueError as e:
    print(type(e).__name__, e)

# stable sort: equal keys keep their input order, also with reverse=True
records = [("eve", 31, "ops"), ("bob", 25, "dev"), ("amy", 31, "dev"), ("dan", 25, "ops"), ("cat", 40, "dev"),
           ("fay", 25, "dev")]
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
by_age_desc = sorted(records, key=lambda r: r[1], reverse=True)
print([r[0] for r in by_age_desc])
by_team_then_age = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[2])
print([(r[2], r[1], r[0]) for r in by_team_then_age])
print([r[0] for r in sorted(records, key=lambda r: (r[2], -r[1], r[0]))])
print(sorted(records, reverse=True)[0], min(records, key=lambda r: r[1])[0], max(records, key=lambda r: r[1])[0])
print(max([("a", 2), ("b", 2)], key=lambda p: p[1]), min([3, 1, 1.0, True], key=abs), sorted([1, True, 1.0, 0, False]))

# sorting is stable for reversed equal elements too (reverse keeps original order among equals)
pairs = [(1, "first"), (0, "x"), (1, "second"), (0, "y"), (1, "third")]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
lst = list(pairs)
lst.sort(key=lambda p: p[0])
print(lst)

# key function called once per element
calls = []
def key(v):
    calls.append(v)
    return -v
data = [3, 1, 2]
print(sorted(data, key=key), calls)

# sort exceptions leave the list in some permutation; list modified during sort raises
victim = [3, 2, 1]
def bad_key(v):
    victim.append(0)
    return v
try:
    victim.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
