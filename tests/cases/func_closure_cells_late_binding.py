# Closures in depth: __closure__ cells and cell_contents, nonlocal rebinding across several
# levels, late binding in loops and the default-argument fix, closures over loop variables in
# comprehensions, cells shared between sibling closures, and unbound free variables.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__closure__[0] is get.__closure__[0])
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars, get.__code__.co_freevars)
inc2, get2 = make_counter()
print(get2(), inc2(), get())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner
    f = middle()
    f(); f()
    return x
print(outer())

callbacks = [lambda: i for i in range(3)]
print([cb() for cb in callbacks])
callbacks = [lambda i=i: i for i in range(3)]
print([cb() for cb in callbacks])
funcs = []
for n in range(3):
    def show():
        return n
    funcs.append(show)
n = 100
print([f() for f in funcs])

def factory():
    fs = []
    for k in range(3):
        fs.append(lambda: k * 10)
    k = "changed after the loop"
    return fs
print([f() for f in factory()])

def make_adders():
    return {name: (lambda v, d=delta: v + d) for name, delta in (("one", 1), ("ten", 10))}
adders = make_adders()
print(adders["one"](5), adders["ten"](5))

def unbound_free():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now bound"
    return inner()
print(unbound_free())

def delete_cell():
    value = 1
    def read():
        return value
    del value
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
delete_cell()

def cell_writes():
    data = []
    def add(x):
        data.append(x)
        return len(data)
    def reset():
        nonlocal data
        data = []
    add(1); add(2)
    before = add.__closure__[0].cell_contents
    reset()
    return before, add(3), add.__closure__[0].cell_contents
print(cell_writes())

# closures capture variables, not values, even through class bodies
def with_class():
    secret = "s1"
    class Holder:
        def reveal(self):
            return secret
        peek = secret
    secret = "s2"
    return Holder().reveal(), Holder.peek
print(with_class())

# class-level names are not visible from methods or comprehensions inside the class body
class Scoped:
    factor = 3
    values = [factor * v for v in range(3)] if False else None
    try:
        doubled = [factor * v for v in range(3)]
    except NameError as e:
        doubled = "NameError: " + str(e)
print(Scoped.doubled)

print((lambda: 1).__closure__, make_counter.__closure__, type(inc.__closure__[0]).__name__)
x = 10
def reads_global():
    return x
def shadows_global():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
shadows_global()
print(reads_global.__code__.co_freevars, reads_global())
