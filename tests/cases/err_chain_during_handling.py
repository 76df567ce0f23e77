# An exception in an except block: both tracebacks, joined by "During handling...".
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return fallback(key)

def fallback(key):
    return 100 / len(key)

print("start")
lookup({}, "")
