"""Dictionaries and strings.

Generates a pseudo-random text from a fixed set of syllables (a tiny LCG
drives all choices), then analyses it the way a word-frequency script
would: split into lines and words, normalise with str methods, count words
and word pairs in dicts with `dict.get` / `setdefault`, and build a report
with f-strings and `str.join`. Work is dominated by string creation,
hashing, dict look-ups and inserts.

Nothing printed depends on string hash order (only insertion order and
sorted order), so the output is deterministic.

Usage: dict_string.py [LINES]   (default LINES = 20000)
"""
import sys

SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "sha", "vo", "el",
             "dri", "po", "qua", "ne", "zi", "gor", "an", "te"]


class Lcg:
    """Deterministic pseudo-random numbers (32-bit linear congruential)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def make_word(rng):
    # One to three syllables; the minimum of two draws skews the choice
    # toward the first syllables, so some words are much more common.
    parts = []
    for _ in range(1 + rng.next(3)):
        a = rng.next(len(SYLLABLES))
        b = rng.next(len(SYLLABLES))
        parts.append(SYLLABLES[min(a, b)])
    return "".join(parts)


def make_text(lines, rng):
    out = []
    for n in range(lines):
        words = [make_word(rng) for _ in range(6 + rng.next(9))]
        # Sentence case plus some punctuation, to be stripped again later.
        words[0] = words[0].capitalize()
        if rng.next(4) == 0:
            k = rng.next(len(words))
            words[k] = words[k] + ","
        out.append(" ".join(words) + ("." if n % 3 else "!"))
    return "\n".join(out)


def analyse(text):
    counts = {}
    pairs = {}
    first_letters = {}
    longest = ""
    total_words = 0
    for line in text.split("\n"):
        clean = line.replace(",", " ").replace(".", "").replace("!", "").lower()
        words = clean.split()
        total_words += len(words)
        prev = None
        for w in words:
            counts[w] = counts.get(w, 0) + 1
            first_letters.setdefault(w[0], []).append(len(w))
            if len(w) > len(longest) or (len(w) == len(longest) and w < longest):
                longest = w
            if prev is not None:
                key = f"{prev} {w}"
                pairs[key] = pairs.get(key, 0) + 1
            prev = w
    return counts, pairs, first_letters, longest, total_words


def report(counts, pairs, first_letters, longest, total_words):
    lines = []
    lines.append(f"words {total_words} distinct {len(counts)} pairs {len(pairs)}")
    lines.append(f"longest {longest!r} ({len(longest)} letters)")
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    for word, n in top:
        lines.append(f"  {word:<12}{n:>8}{100.0 * n / total_words:>8.3f}%")
    top_pairs = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    lines.append("pairs " + "; ".join(f"{k}={v}" for k, v in top_pairs))
    letters = sorted(first_letters)
    lines.append("letters " + "".join(letters).upper())
    # A length-weighted checksum over every distinct word, in insertion order.
    checksum = 0
    for word, n in counts.items():
        checksum = (checksum * 7 + len(word) * n + word.count("a")) % 1000003
    avg = sum(first_letters["k"]) / len(first_letters["k"])
    lines.append(f"checksum {checksum} avg-k-length {avg:.4f}")
    return "\n".join(lines)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    rng = Lcg(2024)
    text = make_text(n, rng)
    print(report(*analyse(text)))
    print(f"text length {len(text)}")


if __name__ == "__main__":
    main()
