# yield from works with any iterable and passes send() through to generators.
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), {"k": 1}, (x * x for x in range(3)))))

def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return avg
        total += v
        count += 1
        avg = total / count

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, values in {"a": [10, 20], "b": [1, 2, 3]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
def thrower():
    try:
        yield from averager()
    except ValueError as e:
        yield "outer caught " + str(e)
t = thrower()
next(t)
print(t.throw(ValueError("passed through")))
