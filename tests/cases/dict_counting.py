# Counting and grouping with dicts.
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
print({k: len(v) for k, v in sorted(groups.items())})
letters = {}
for ch in "mississippi":
    if ch in letters:
        letters[ch] += 1
    else:
        letters[ch] = 1
print(letters, max(letters, key=letters.get))
inverted = {}
for k, v in letters.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
