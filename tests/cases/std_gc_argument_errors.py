# Wrong calls of the gc module's functions fail with CPython's exception and message:
# argument counts, refused or unknown keywords, and argument types, in CPython's order.
import gc

SHAPES = [((), {}), ((None,), {}), ((1, 2, 3), {}), ((), {"k": 1}), ((1,), {"k": 1})]


def attempt(name, f, args, kwargs):
    try:
        r = f(*args, **kwargs)
        print(name, args, kwargs, "->", type(r).__name__)
    except Exception as e:
        print(name, args, kwargs, "->", type(e).__name__ + ":", e)


for name in ["set_debug", "get_objects", "get_count", "isenabled", "is_tracked"]:
    for args, kwargs in SHAPES:
        attempt(name, getattr(gc, name), args, kwargs)
for args in [("a",), (1.5,), ([],), (b"a",)]:
    attempt("get_objects", gc.get_objects, args, {})
gc.set_debug(0)
for v in [2**31, 2**63, 10**30]:
    attempt("set_debug", gc.set_debug, (v,), {})
    attempt("collect", gc.collect, (v,), {})
    attempt("set_threshold", gc.set_threshold, (v,), {})
gc.set_debug(0)
print(gc.get_debug())
