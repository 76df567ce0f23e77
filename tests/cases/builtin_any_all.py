# any and all short-circuit over any iterable.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any([0, 1]), all([1, 0]), any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
def seen(x):
    print("checking", x)
    return x
print(any(seen(x) for x in [0, 2, 3]))
print(all(seen(x) for x in [1, 0, 3]))
print(any("abc"), all(""), any({0: 1}), all({1: 0}))
