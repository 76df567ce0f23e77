# Text processing like a CLI report tool: normalisation, tokenising with punctuation rules,
# frequency tables with ties broken alphabetically, n-grams, sentence stats, and an aligned
# table with a histogram column.
TEXT = """It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... It was the epoch of belief -- it was the epoch of
incredulity! It was the season of Light, it was the season of Darkness? It was the spring
of hope, it was the winter of despair. We had everything before us; we had nothing before us.
"Don't" stop: state-of-the-art e-mail isn't 'quoted' text, is it?"""

STOPWORDS = {"the", "of", "it", "was", "a", "is", "we", "us"}

def tokens(text):
    word, out = [], []
    for ch in text.lower():
        if ch.isalpha() or (ch in "'-" and word):
            word.append(ch)
        else:
            if word:
                out.append("".join(word).strip("'-"))
                word = []
    if word:
        out.append("".join(word).strip("'-"))
    return [w for w in out if w]

def sentences(text):
    result, current = [], []
    for ch in text.replace("\n", " "):
        current.append(ch)
        if ch in ".!?":
            s = "".join(current).strip(" .!?")
            if s:
                result.append(s)
            current = []
    tail = "".join(current).strip()
    if tail:
        result.append(tail)
    return result

def frequencies(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

def ngrams(words, n):
    return [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]

words = tokens(TEXT)
print("words:", len(words), "unique:", len(set(words)), "chars:", len(TEXT), "lines:", TEXT.count("\n") + 1)
print("hyphenated/apostrophes:", [w for w in words if "-" in w or "'" in w])
content = [w for w in words if w not in STOPWORDS]
table = frequencies(content)[:10]
width = max(len(w) for w, _ in table)
top = table[0][1]
print("%-*s %5s  %s" % (width, "word", "count", "histogram"))
print("-" * (width + 20))
for word, count in table:
    bar = "#" * round(10 * count / top)
    print("%-*s %5d  %-10s|" % (width, word, count, bar))
print()
bigrams = frequencies(ngrams(words, 2))[:5]
print("top bigrams:", ", ".join("%s (%d)" % bg for bg in bigrams))
trigrams = [g for g, c in frequencies(ngrams(words, 3)) if c > 1]
print("repeated trigrams:", trigrams[:6])

sents = sentences(TEXT)
lengths = [len(tokens(s)) for s in sents]
print("sentences:", len(sents), "lengths:", lengths, "avg %.2f" % (sum(lengths) / len(lengths)))
longest = max(sents, key=lambda s: (len(tokens(s)), s))
print("longest:", longest[:60] + ("..." if len(longest) > 60 else ""))

letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print("letters:", " ".join("%s=%d" % kv for kv in common), "| missing:", "".join(sorted(set("abcdefghijklmnopqrstuvwxyz") - set(letters))))

by_length = {}
for w in set(words):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length)[-3:]:
    print("length %2d: %s" % (length, ", ".join(sorted(by_length[length]))))
capitalised = [w for w in TEXT.split() if w[:1].isupper()]
print("capitalised tokens:", capitalised)
print("title case line:", TEXT.splitlines()[0].title()[:40], "| centered:", "[" + "report".center(14, "=") + "]")
