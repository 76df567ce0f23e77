# An error deep inside a generator pipeline (generator expression, yield from, map) goes
# uncaught; the traceback lists each generator frame.
def numbers(text):
    for token in text.split():
        yield token

def parsed(tokens):
    yield from (int(t, 16) for t in tokens)

def scaled(values, factor):
    for v in values:
        yield v * factor

pipeline = scaled(parsed(numbers("a ff 10 zz 7")), 2)
total = 0
for value in pipeline:
    total += value
    print("running total", total)
print("never reached", total)
