# Wrong calls of the math module's functions fail with CPython's exception and message:
# argument counts, refused or unknown keywords, and argument types, in CPython's order.
import math

SHAPES = [((), {}), ((None,), {}), ((1, 2, 3), {}), ((), {"k": 1}), ((1,), {"k": 1})]


def attempt(name, f, args, kwargs):
    try:
        r = f(*args, **kwargs)
        print(name, args, kwargs, "->", type(r).__name__)
    except Exception as e:
        print(name, args, kwargs, "->", type(e).__name__ + ":", e)


for name in ["sqrt", "atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "ldexp",
             "comb", "perm", "dist", "log", "isclose", "prod", "factorial", "gcd"]:
    for args, kwargs in SHAPES:
        attempt(name, getattr(math, name), args, kwargs)
attempt("isclose", math.isclose, (1, 2), {"k": 1})
attempt("isclose", math.isclose, (1,), {"b": 1, "a": 2})
attempt("prod", math.prod, ([2, 3],), {"start": 2})
attempt("prod", math.prod, (), {"iterable": [2]})
