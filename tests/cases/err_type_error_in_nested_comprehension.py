# A TypeError raised inside nested comprehensions and a sort key; the uncaught traceback shows
# the comprehension frames.
inventory = {"apples": [3, 4], "pears": [1, "2"], "plums": [5]}

def total(counts):
    return sum(counts)

def report(inv):
    rows = {name: total(counts) for name, counts in sorted(inv.items()) if name != "pears"}
    print(rows)
    ranked = sorted(inv, key=lambda name: -total(inv[name]))
    return [(name, [c * 2 for c in inv[name]]) for name in ranked]

print(report({"apples": [3, 4], "plums": [5]}))
print(report(inventory))
