# list identity, equality, comparison, nesting, aliasing, in-place ops.
a = [1, 2, 3]
b = a
c = a[:]
print(a == c, a is c, a is b)
b.append(4)
print(a, c)
print([1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1, [2]] == [1, [2]])
print(3 in a, 9 not in a, [2] in [[2], 3])
m = [[0] * 3 for _ in range(2)]
m[0][0] = 1
print(m)
x = [1, 2]
x *= 2
print(x)
x[1:1] = [9, 9]
print(x)
print(len([None] * 5), [1, 2, 3][-1:], list(reversed([1, 2, 3])))
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
print(max([3, 1, 2]), min([3, 1, 2]), sum([1, 2, 3]), sum([[1], [2]], []))
print([1, 2, 3].__len__(), [0, 1].__contains__(1))
rec = [1]
rec.append(rec)
print(rec)
