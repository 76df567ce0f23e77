# Wrong calls of the importlib module's functions fail with CPython's exception and message:
# argument counts, refused or unknown keywords, and argument types, in CPython's order.
import importlib

SHAPES = [((), {}), ((None,), {}), ((1, 2, 3), {}), ((), {"k": 1}), ((1,), {"k": 1})]


def attempt(name, f, args, kwargs):
    try:
        r = f(*args, **kwargs)
        print(name, args, kwargs, "->", type(r).__name__)
    except Exception as e:
        print(name, args, kwargs, "->", type(e).__name__ + ":", e)


for name in ["import_module", "reload", "invalidate_caches"]:
    for args, kwargs in SHAPES:
        attempt(name, getattr(importlib, name), args, kwargs)
for args in [(1,), (b"a",), ([],), (1.5,)]:
    attempt("import_module", importlib.import_module, args, {})
print(importlib.import_module(name="sys").__name__)
