# sort and sorted: key, reverse, stability.
nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
print(sorted("hello"), sorted({3: "x", 1: "y"}), sorted((3, 1, 2), reverse=True))
print(sorted([3.5, 1, 2.25, -1]), sorted([True, False, 0, 1]))
print(sorted([[2, 1], [1, 2], [1]]))
r = nums.sort()
print(r)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
recs = [{"n": "x", "age": 3}, {"n": "y", "age": 1}, {"n": "z", "age": 3}]
print([r["n"] for r in sorted(recs, key=lambda r: r["age"])])
print([r["n"] for r in sorted(recs, key=lambda r: r["age"], reverse=True)])
