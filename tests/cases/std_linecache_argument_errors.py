# Wrong calls of the linecache module's functions fail with CPython's exception and message:
# argument counts, refused or unknown keywords, and argument types, in CPython's order.
import linecache

SHAPES = [((), {}), ((None,), {}), ((1, 2, 3), {}), ((), {"k": 1}), ((1,), {"k": 1})]


def attempt(name, f, args, kwargs):
    try:
        r = f(*args, **kwargs)
        print(name, args, kwargs, "->", type(r).__name__)
    except Exception as e:
        print(name, args, kwargs, "->", type(e).__name__ + ":", e)


for name in ["getline", "getlines", "checkcache", "clearcache", "lazycache"]:
    for args, kwargs in SHAPES:
        attempt(name, getattr(linecache, name), args, kwargs)
for args in [(1,), (b"a",), ([],), (0,), ("",)]:
    attempt("getlines", linecache.getlines, args, {})
attempt("getline", linecache.getline, (1, 2), {})
attempt("checkcache", linecache.checkcache, ([],), {})
attempt("lazycache", linecache.lazycache, (1, 2), {})
attempt("getline", linecache.getline, ("a", "b"), {})
attempt("getline", linecache.getline, ("a", None), {})
attempt("getline", linecache.getline, ("a", 1.5), {})
attempt("getlines", linecache.getlines, ("a", 1), {})
attempt("getlines", linecache.getlines, ("<a>", 1), {})
attempt("lazycache", linecache.lazycache, ("a", 1), {})
attempt("lazycache", linecache.lazycache, ("<a>", 1), {})
