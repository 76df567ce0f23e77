# list methods: append, extend, insert, pop, remove, index, count, clear, copy, reverse.
a = [3, 1, 2]
a.append(4)
print(a)
a.extend([5, 6])
a.extend("ab")
a.extend(range(2))
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove("a")
print(a, a.index(5), a.index(1), a.count(1), a.count("zz"))
print(a.index(1, 3))
b = a.copy()
b.append("only in b")
print(len(a), len(b), b[-1])
a.reverse()
print(a)
a.clear()
print(a, len(a))
try:
    [].remove(1)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 * [1, 2])
n = [[]] * 3
n[0].append("shared")
print(n)
print(list(), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)))
