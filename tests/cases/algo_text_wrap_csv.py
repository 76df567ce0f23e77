# Text processing: word wrap and full justification, a quoted-CSV parser by hand, letter
# counts, title/swapcase/expandtabs/translate, %-formatting and centring.
TEXT = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!
How vexingly quick daft zebras jump; the five boxing wizards jump quickly.\tTabs\tand  double  spaces."""
CSV = 'name,age,city\n"Smith, John",42,"New ""York"""\nJane,,Paris\n"multi\nline",7,Oslo\n'
def wrap(text, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(" ".join(cur)); cur = [w]
        else:
            cur.append(w)
    if cur: lines.append(" ".join(cur))
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1: return line.ljust(width)
    gaps = len(words) - 1; spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]
for l in wrap(TEXT, 30):
    print(f"|{justify(l, 30)}|", f"|{l:^30}|")
def parse_csv(s):
    rows, row, field, i, inq = [], [], [], 0, False
    while i < len(s):
        c = s[i]
        if inq:
            if c == '"':
                if s[i + 1:i + 2] == '"': field.append('"'); i += 1
                else: inq = False
            else: field.append(c)
        elif c == '"': inq = True
        elif c == ',': row.append("".join(field)); field = []
        elif c == '\n': row.append("".join(field)); rows.append(row); row, field = [], []
        else: field.append(c)
        i += 1
    if field or row: row.append("".join(field)); rows.append(row)
    return rows
rows = parse_csv(CSV)
header, *data = rows
recs = [dict(zip(header, r)) for r in data]
for r in recs: print(r)
print(max(recs, key=lambda r: int(r["age"] or 0))["name"].encode("utf-8"))
counts = {}
for ch in TEXT.lower():
    if ch.isalpha(): counts[ch] = counts.get(ch, 0) + 1
print("".join(sorted(counts, key=lambda c: (-counts[c], c)))[:10], len(counts))
print(TEXT.title()[:40], TEXT.swapcase()[:20], TEXT.expandtabs(4)[-40:])
vowels = str.maketrans("aeiou", "AEIOU", "xyz")
print(TEXT.translate(vowels)[:50])
print(" ".join(w[::-1] for w in TEXT.split()[:6]), TEXT.count("the"), TEXT.lower().count("the"), TEXT.find("zebra"), TEXT.rfind("jump"))
print("%-10s|%10s|" % ("left", "right"), "{:*^20}".format("mid"))
print(repr(TEXT[:20].center(30, "·")), TEXT.splitlines()[1][:10], TEXT.partition("!")[2][:10])
