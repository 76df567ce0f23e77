# An uncaught exception prints a traceback through every frame, then exits with 1.
def parse(text):
    return int(text)

def load(items):
    out = []
    for item in items:
        out.append(parse(item))
    return out

def main():
    print("loading")
    values = load(["1", "2", "three"])
    print("never", values)

main()
