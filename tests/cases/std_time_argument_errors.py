# Wrong calls of the time module's functions fail with CPython's exception and message:
# argument counts, refused or unknown keywords, and argument types, in CPython's order.
import time

SHAPES = [((), {}), ((None,), {}), ((1, 2, 3), {}), ((), {"k": 1}), ((1,), {"k": 1})]


def attempt(name, f, args, kwargs):
    try:
        r = f(*args, **kwargs)
        print(name, args, kwargs, "->", type(r).__name__)
    except Exception as e:
        print(name, args, kwargs, "->", type(e).__name__ + ":", e)


for name in ["clock_gettime_ns", "clock_gettime", "strftime", "strptime", "gmtime", "asctime"]:
    for args, kwargs in SHAPES:
        attempt(name, getattr(time, name), args, kwargs)
attempt("strftime", time.strftime, (None,), {})
attempt("strptime", time.strptime, ("a",), {"k": 1})
for v in [2**40, -2**40, 2**63, 10**30]:
    attempt("clock_gettime", time.clock_gettime, (v,), {})
    attempt("clock_gettime_ns", time.clock_gettime_ns, (v,), {})
