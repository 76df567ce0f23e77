# try/finally in generators runs when the generator finishes or is closed.
def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("close")

for v in resource():
    print("got", v)
print("---")
g = resource()
print(next(g))
g.close()
print("---")
def first(it):
    for v in it:
        return v
print(first(resource()))
print("after first")
def catcher():
    try:
        yield "a"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catcher()
next(c)
c.close()
