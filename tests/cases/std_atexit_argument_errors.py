# Wrong calls of the atexit module's functions fail with CPython's exception and message:
# argument counts, refused or unknown keywords, and argument types, in CPython's order.
import atexit

SHAPES = [((), {}), ((None,), {}), ((1, 2, 3), {}), ((), {"k": 1}), ((1,), {"k": 1})]


def attempt(name, f, args, kwargs):
    try:
        r = f(*args, **kwargs)
        print(name, args, kwargs, "->", type(r).__name__)
    except Exception as e:
        print(name, args, kwargs, "->", type(e).__name__ + ":", e)


for name in ["register", "unregister"]:
    for args, kwargs in SHAPES:
        attempt(name, getattr(atexit, name), args, kwargs)
