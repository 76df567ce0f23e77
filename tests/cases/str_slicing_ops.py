# String indexing, slicing, concatenation, repetition, membership, comparison.
s = "Python"
print(s[0], s[-1], s[1:4], s[:2], s[2:], s[::2], s[::-1], s[-3:-1])
print(s + "!", s * 2, 3 * "ab", "x" * 0, "x" * -1 + "|")
print("th" in s, "Th" in s, "" in s, "on" not in s)
print(len(s), len(""), len("日本語"))
print("日本語"[1], "日本語"[::-1], "añb"[1:])
print("abc" < "abd", "abc" < "ab", "B" < "a", "a" == "a")
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(min("hello"), max("hello"))
print(ord("a"), ord("€"), chr(97), chr(8364), chr(0x1F600) == "\U0001F600")
for ch in "hey":
    print(ch, end=" ")
print()
print(list("abc"), tuple("ab"), "".join(reversed("abc")))
s2 = "abc"
try:
    s2[0] = "z"
except TypeError as e:
    print("TypeError:", e)
