# Which values can be dict keys; equal keys collapse.
d = {}
d[1] = "one"
d[1.0] = "one as float"
d[True] = "true"
print(d)
d[0] = "zero"
d[False] = "false"
d[-0.0] = "neg zero"
print(d)
d[(1, "a")] = "tuple"
d[frozenset([1])] = "frozenset"
d["s"] = "str"
d[b"s"] = "bytes"
d[None] = "None"
print(len(d), d[(1, "a")], d[frozenset({1})], d[b"s"], d["s"], d[None])
for bad in ([], {}, set()):
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
print(2 ** 64 in {2 ** 64: 1}, {2 ** 64: 1}[2 ** 64])
big = {i: i * i for i in range(1000)}
print(len(big), big[999], sum(big.values()))
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5])
