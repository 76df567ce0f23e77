# Every list method with edge arguments, aliasing, and error messages.
a = [3, 1, 4, 1, 5, 9, 2, 6]
b = a
a.append([7])
a.extend(range(2))
a.extend("xy")
a.insert(0, "head")
a.insert(-1, "before-last")
a.insert(100, "tail")
a.insert(-100, "new-head")
print(a, a is b)
print(a.index(1), a.index(1, 4), a.index(1, -12, -8), a.count(1), a.count([7]), a.count("z"))
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3))
a.remove(1)
print(a)
a.reverse()
print(a)
c = a.copy()
c.clear()
print(len(a), c, a.copy() == a, a.copy() is a)
for fn in (lambda: a.index(42), lambda: a.index(1, 100), lambda: a.remove("missing"), lambda: [].pop(),
           lambda: [1].pop(5), lambda: a.insert("x", 1), lambda: a.pop("0"), lambda: a.extend(5), lambda: a.append()):
    try:
        fn()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)

nums = [5, -3, 2, -8, 7, 0]
nums.sort()
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
nums.sort(key=lambda v: (v % 3, -v))
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    nums.sort(abs)
except TypeError as e:
    print(type(e).__name__, e)
lst = [3, 1, 2]
print(lst.sort(), lst, sorted(lst, reverse=True), lst)

# operators
x = [1, 2]
y = x
x += [3]
x *= 2
print(x, y is x, [0] * 3, 3 * [None], [[]] * 2, [1, 2] + [3], [] * 5, [1] * -1)
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, [2]] == [1, [2]])
print(5 in [1, 5], [5] in [[5]], len([[], []]), list(reversed([1, 2, 3])), [1, 2, 3][::-1])
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2][5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del [1, 2][-3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    key = "0"
    ["a"][key]
except TypeError as e:
    print(type(e).__name__, e)

# list() and constructor behaviour
print(list(), list("ab"), list((1, 2)), list({1: "a", 2: "b"}), list(range(3)), list(x for x in "hi"))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)

# mutating while iterating: the loop sees appended items
seen = []
items = [1, 2, 3]
for v in items:
    seen.append(v)
    if v == 1:
        items.append(4)
print(seen)
# list that contains itself
me = [1]
me.append(me)
print(me, me[1][1][0], me == me)
