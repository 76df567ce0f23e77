"""Text formatting toolkit: greedy and minimum-raggedness wrapping, full justification,
hanging indents, columns, tables with alignment specs, and word-frequency reports."""
import sys
import string
from collections import Counter
from functools import lru_cache

TEXT = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!
How vexingly quick daft zebras jump; the five boxing wizards jump quickly. Sphinx of black
quartz, judge my vow. Supercalifragilisticexpialidocious words sometimes exceed the width
of a narrow column, and the wrapper must split them or let them overflow gracefully."""


def words_of(text):
    return text.split()


def greedy_wrap(words, width):
    lines, current = [], []
    length = 0
    for w in words:
        while len(w) > width:
            if current:
                lines.append(current)
                current, length = [], 0
            lines.append([w[:width - 1] + "-"])
            w = w[width - 1:]
        extra = len(w) + (1 if current else 0)
        if length + extra > width:
            lines.append(current)
            current, length = [w], len(w)
        else:
            current.append(w)
            length += extra
    if current:
        lines.append(current)
    return lines


def min_raggedness(words, width):
    n = len(words)

    @lru_cache(maxsize=None)
    def best(i):
        if i == n:
            return 0, ()
        options = []
        length = -1
        for j in range(i, n):
            length += len(words[j]) + 1
            if length > width and j > i:
                break
            rest_cost, rest_breaks = best(j + 1)
            cost = 0 if j + 1 == n else (width - length) ** 2
            if length > width:
                cost += 10 ** 6
            options.append((cost + rest_cost, (j + 1,) + rest_breaks))
        return min(options)

    cost, breaks = best(0)
    lines, start = [], 0
    for b in breaks:
        lines.append(words[start:b])
        start = b
    return cost, lines


def justify(line, width, last=False):
    if last or len(line) == 1:
        return " ".join(line).ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    q, r = divmod(spaces, gaps)
    out = []
    for i, w in enumerate(line[:-1]):
        out.append(w + " " * (q + (1 if i < r else 0)))
    out.append(line[-1])
    return "".join(out)


def hanging(text, width, bullet="* ", indent=None):
    indent = indent if indent is not None else " " * len(bullet)
    lines = greedy_wrap(words_of(text), width - len(indent))
    return [(bullet if i == 0 else indent) + " ".join(l) for i, l in enumerate(lines)]


def columns(items, ncols, width):
    rows = -(-len(items) // ncols)
    colw = width // ncols
    out = []
    for r in range(rows):
        cells = [items[c * rows + r] for c in range(ncols) if c * rows + r < len(items)]
        out.append("".join(f"{c:<{colw}}" for c in cells).rstrip())
    return out


def table(rows, spec):
    headers = rows[0]
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(headers))]
    aligns = {"l": "<", "r": ">", "c": "^"}
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep]
    for n, row in enumerate(rows):
        cells = []
        for i, (cell, w) in enumerate(zip(row, widths)):
            a = "^" if n == 0 else aligns[spec[i]]
            text = f"{cell:,.2f}" if isinstance(cell, float) else str(cell)
            cells.append(f" {text:{a}{w}} ")
        out.append("|" + "|".join(cells) + "|")
        if n == 0:
            out.append(sep.replace("-", "="))
    out.append(sep)
    return out


def main():
    words = words_of(TEXT)
    for width in (28, 40):
        print(f"--- greedy {width} ---")
        lines = greedy_wrap(words, width)
        for i, l in enumerate(lines):
            print("|" + justify(l, width, last=i == len(lines) - 1) + "|")
    cost, lines = min_raggedness(words[:24], 30)
    print(f"--- min raggedness 30 (cost {cost}) ---")
    for l in lines:
        s = " ".join(l)
        print(f"|{s:<30}| {30 - len(s):2d}")
    print("--- hanging ---")
    print("\n".join(hanging("Remember to wrap long bullet points so that their continuation lines align nicely.", 32)))
    print("\n".join(hanging("Numbered items work the same way.", 20, bullet="12. ")))
    print("--- columns ---")
    vocab = sorted({w.strip(string.punctuation).lower() for w in words if len(w) > 4})
    print("\n".join(columns(vocab, 3, 54)))
    print("--- table ---")
    freq = Counter(w.strip(string.punctuation).lower() for w in words)
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
    rows = [("word", "count", "share", "len")] + [(w, n, n / len(words) * 100, len(w)) for w, n in top]
    print("\n".join(table(rows, "lrrc")))
    letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
    missing = set(string.ascii_lowercase) - set(letters)
    print("pangram:", not missing, "| distinct letters:", len(letters), "| most common:", letters.most_common(3))
    hist = [f"{ch} {'#' * (n // 2):<12}{n:>3}" for ch, n in sorted(letters.items())[:6]]
    print("\n".join(hist))
    print("centered:", "[" + "title".center(11, "~") + "]", "[" + "odd".center(8) + "]", "[" + "x".rjust(4, "0") + "]")
    print(repr("tab\tseparated\tvalues".expandtabs(8)), "a\u00a0b".split(), " x\u2003y ".strip().split(), "line1\x0bline2\x1cline3".splitlines())
    print(string.capwords("  the  CAT sat  "), "hello world".title(), "they're bill's".title(), "ǆemal".capitalize())


main()
