# print with sep, end, multiple args, and no args.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="\n", end="!\n")
print()
print(1, 2.5, None, True, [1], (2,), {"k": 3})
print("tab", "sep", sep="\t")
print(*range(5), sep=" < ")
print(sep="unused")
print("end", end="")
print("", end="\n")
print("a", "b", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
