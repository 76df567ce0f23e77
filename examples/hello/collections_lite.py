def counts(items):
    table = {}
    for item in items:
        table[item] = table.get(item, 0) + 1
    return table
