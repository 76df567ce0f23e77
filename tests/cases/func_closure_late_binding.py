# Closures see the variable, not its value at creation time.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make():
    fs = []
    for j in range(3):
        def g():
            return j * 10
        fs.append(g)
    j = 99
    return fs
print([f() for f in make()])

def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())

def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get())
