# Simple decorators wrapping functions.
def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return result.upper()
    return wrapper

@shout
def hello(name):
    return "hello " + name

print(hello("world"))
print(hello.__name__)

calls = []
def trace(fn):
    def wrapper(*a):
        calls.append(fn.__name__)
        return fn(*a)
    wrapper.__name__ = fn.__name__
    return wrapper

@trace
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4), calls, add.__name__)

def register(fn):
    registry.append(fn.__name__)
    return fn
registry = []
@register
def a(): pass
@register
def b(): pass
print(registry, a is not None)
