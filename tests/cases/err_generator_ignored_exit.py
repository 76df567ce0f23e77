# A generator that swallows GeneratorExit once and yields again: close() raises RuntimeError.
# A caught instance is inspected first; the second, uncaught one ends the program. Each
# generator gives up after refusing once, so later finalisation closes it quietly.
def stubborn(name):
    refused = False
    while True:
        try:
            yield name
        except GeneratorExit:
            if refused:
                print("  %s closes for good" % name)
                return
            refused = True
            print("  %s refuses to close" % name)

g = stubborn("first")
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e, "| running:", g.gi_running)
g.close()
print("second close succeeded")

def pipeline():
    source = stubborn("second")
    for item in source:
        print("processing", item)
        source.close()

pipeline()
