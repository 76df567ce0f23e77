# Decorators with arguments.
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def ping(x):
    return "ping" + str(x)

print(ping(1))

def tag(name, cls=None):
    def deco(fn):
        def wrapper(text):
            attrs = "" if cls is None else ' class="' + cls + '"'
            return "<" + name + attrs + ">" + fn(text) + "</" + name + ">"
        return wrapper
    return deco

@tag("b")
def bold(t):
    return t

@tag("p", cls="x")
def para(t):
    return t

print(bold("hi"), para("text"))

def log_calls(prefix):
    print("making decorator", prefix)
    def deco(fn):
        print("decorating", fn.__name__)
        return fn
    return deco

@log_calls("A")
def f():
    return "f called"
print(f())
