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
print(get(), inc.__closure__ is not None, len(inc.__closure__))
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in adders], [l(10) for l in late])
g_value = "global"
def reads_global():
    return g_value
def shadows():
    g_value = "local"
    return g_value
def writes_global():
    global g_value
    g_value = "rewritten"
print(reads_global(), shadows(), g_value)
writes_global()
print(g_value)
def unbound():
    print(g_value)
    g_value = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def free_unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 2
    return inner()
print(free_unbound())
class Scope:
    val = 10
    doubled = [val * 2 for _ in range(1)] if False else None
    def method(self):
        try:
            return val
        except NameError as e:
            return f"{type(e).__name__}: {e}"
print(Scope().method())
x = "module"
class K:
    x = "class"
    y = x
    def f(self):
        return x
print(K.y, K().f())
def del_local():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(del_local())
def nonlocal_chain():
    a = 0
    def one():
        nonlocal a
        def two():
            nonlocal a
            a += 10
        two()
        a += 1
    one()
    return a
print(nonlocal_chain())
funcs = {}
for name in ("a", "b"):
    def fn(n=name):
        return n
    funcs[name] = fn
print(funcs["a"](), funcs["b"]())
print((lambda: (lambda: __name__)())())
