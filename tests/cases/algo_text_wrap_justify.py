# Text layout like a formatter tool: greedy word wrap, full justification with spaces spread
# left to right, minimum-raggedness wrap by dynamic programming, hanging indents, centered
# titles, and a boxed two-column layout.
TEXT = ("Python's formatting tools make it easy to lay out text. This program wraps a "
        "paragraph in several ways: greedily, with full justification, and with a dynamic "
        "programming algorithm that minimises the squared slack of every line except the "
        "last. Extraordinarily-long-words-that-cannot-fit are split only when necessary.")

def words_of(text):
    return text.split()

def split_long(words, width):
    out = []
    for w in words:
        while len(w) > width:
            out.append(w[:width - 1] + "-")
            w = w[width - 1:]
        out.append(w)
    return out

def greedy(words, width):
    lines, current = [], []
    for w in words:
        if current and len(" ".join(current + [w])) > width:
            lines.append(current)
            current = []
        current.append(w)
    if current:
        lines.append(current)
    return lines

def justify(line, width, last=False):
    if last or len(line) == 1:
        return " ".join(line).ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + line[-1]

def balanced(words, width):
    n = len(words)
    INF = float("inf")
    cost = [0.0] * (n + 1)
    brk = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        cost[i] = INF
        length = -1
        for j in range(i, n):
            length += len(words[j]) + 1
            if length > width:
                break
            slack = 0 if j == n - 1 else (width - length) ** 2
            if slack + cost[j + 1] < cost[i]:
                cost[i], brk[i] = slack + cost[j + 1], j + 1
    lines, i = [], 0
    while i < n:
        lines.append(words[i:brk[i]])
        i = brk[i]
    return lines, cost[0]

def hanging(label, text, width):
    indent = " " * (len(label) + 2)
    lines = greedy(split_long(words_of(text), width - len(indent)), width - len(indent))
    out = [label + ": " + " ".join(lines[0])]
    out += [indent + " ".join(l) for l in lines[1:]]
    return out

width = 36
words = split_long(words_of(TEXT), width)
print("+" + "-" * width + "+")
print("|" + "GREEDY".center(width) + "|")
for line in greedy(words, width):
    print("|" + " ".join(line).ljust(width) + "|")
print("|" + "JUSTIFIED".center(width, "~") + "|")
g = greedy(words, width)
for i, line in enumerate(g):
    print("|" + justify(line, width, last=i == len(g) - 1) + "|")
lines, cost = balanced(words, width)
print("|" + ("BALANCED cost=%d" % cost).center(width) + "|")
for line in lines:
    print("|" + " ".join(line).ljust(width) + "|")
print("+" + "-" * width + "+")
greedy_cost = sum((width - len(" ".join(l))) ** 2 for l in g[:-1])
print("greedy cost", greedy_cost, ">= balanced cost", int(cost), greedy_cost >= cost)
for row in hanging("Note", "hanging indents keep continuation lines aligned under the first word of the body", 40):
    print(row)
left = greedy(words_of("Left column text that wraps over several short lines."), 18)
right = greedy(words_of("Right column, shorter."), 14)
for i in range(max(len(left), len(right))):
    l = " ".join(left[i]) if i < len(left) else ""
    r = " ".join(right[i]) if i < len(right) else ""
    print("%-18s | %14s" % (l, r))
print(repr(justify(["a"], 5)), repr(justify(["a", "b", "c"], 9)), split_long(["abcdefghij"], 4), greedy([], 10))
