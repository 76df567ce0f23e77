# Wrong calls of the sys module's functions fail with CPython's exception and message:
# argument counts, refused or unknown keywords, and argument types, in CPython's order.
import sys

SHAPES = [((), {}), ((None,), {}), ((1, 2, 3), {}), ((), {"k": 1}), ((1,), {"k": 1})]


def attempt(name, f, args, kwargs):
    try:
        r = f(*args, **kwargs)
        print(name, args, kwargs, "->", type(r).__name__)
    except Exception as e:
        print(name, args, kwargs, "->", type(e).__name__ + ":", e)


for name in ["getrecursionlimit", "get_int_max_str_digits", "getdefaultencoding",
             "getfilesystemencoding", "getprofile", "gettrace", "exc_info", "exception",
             "intern", "getsizeof", "set_int_max_str_digits"]:
    for args, kwargs in SHAPES:
        attempt(name, getattr(sys, name), args, kwargs)
for args in [(1,), (1.5,), (b"a",)]:
    attempt("intern", sys.intern, args, {})
attempt("setrecursionlimit", sys.setrecursionlimit, (), {})
attempt("setrecursionlimit", sys.setrecursionlimit, (1, 2), {})
attempt("setrecursionlimit", sys.setrecursionlimit, (), {"k": 1})
attempt("setrecursionlimit", sys.setrecursionlimit, ("a",), {})
attempt("displayhook", sys.displayhook, (), {})
attempt("displayhook", sys.displayhook, (None,), {"k": 1})
for args, kwargs in [((), {}), ((1, 2), {}), ((1, 2, 3, 4), {}), ((), {"k": 1})]:
    attempt("excepthook", sys.excepthook, args, kwargs)
sys.stdout.flush()
# A value that is no exception is reported on stderr, not raised.
attempt("excepthook", sys.excepthook, (1, 2, 3), {})
# maxdigits is read as a C int.
for v in [2**31, 2**63, -2**31 - 1, 10**30, 639, -1]:
    attempt("set_int_max_str_digits", sys.set_int_max_str_digits, (v,), {})
print(sys.get_int_max_str_digits())
for v in [2**31, 2**63, 0, -1]:
    attempt("setrecursionlimit", sys.setrecursionlimit, (v,), {})
print(sys.getrecursionlimit())
