# Building strings in loops, comparison and sorting rules.
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for ch in "abc":
    s += ch.upper() + ch
print(s)
words = ["pear", "Peach", "apple", "Apple", "banana", "apple2", "apple10"]
print(sorted(words))
print(sorted(words, key=str.casefold))
print(min(words), max(words))
print("abc" < "abcd", "abc" > "ab", "Z" < "a", "" < "a", "a" * 3 == "aaa")
print("%d items" % len(words), str(len(words)) + " items")
print("x".join(["1", "2", "3"]).split("x"))
print("-" * 20)
print("{:<10}|{:>10}".format("left", "right"))
print(repr(" ".join([])), repr(" ".join(["solo"])))
