# Binary search and insertion into a sorted list.
def bsearch(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = [1, 3, 3, 5, 8, 13, 21]
for t in (0, 1, 3, 4, 21, 22):
    i = bsearch(data, t)
    print(t, i, i < len(data) and data[i] == t)
sorted_list = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    sorted_list.insert(bsearch(sorted_list, v), v)
print(sorted_list)
