# global and nonlocal declarations.
count = 0

def bump():
    global count
    count += 1

bump(); bump()
print(count)

def make_new_global():
    global created
    created = "yes"
make_new_global()
print(created)

def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
        inner()
    mid()
    return x
print(outer())

y = "global y"
def shadow():
    y = "local y"
    return y
print(shadow(), y)

def reads_global():
    return y.upper()
print(reads_global())

def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1
unbound()

def n2():
    v = 0
    def a():
        nonlocal v
        v = "set by a"
    a()
    return v
print(n2())
