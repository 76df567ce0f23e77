# Wrong calls of the posixpath module's functions fail with CPython's exception and message:
# argument counts, refused or unknown keywords, and argument types, in CPython's order.
import posixpath

SHAPES = [((), {}), ((None,), {}), ((1, 2, 3), {}), ((), {"k": 1}), ((1,), {"k": 1})]


def attempt(name, f, args, kwargs):
    try:
        r = f(*args, **kwargs)
        print(name, args, kwargs, "->", type(r).__name__)
    except Exception as e:
        print(name, args, kwargs, "->", type(e).__name__ + ":", e)


for name in ["basename", "dirname", "split", "splitext", "splitdrive", "normpath",
             "normcase", "isabs", "abspath", "expanduser", "expandvars", "exists", "lexists",
             "isfile", "isdir", "islink", "ismount", "getsize", "commonprefix", "commonpath",
             "samefile", "samestat", "join", "relpath", "realpath"]:
    for args, kwargs in SHAPES:
        attempt(name, getattr(posixpath, name), args, kwargs)
print(posixpath.basename(p="a/b"), posixpath.split(p="a/b"), posixpath.isabs(s="/x"))
attempt("basename", posixpath.basename, ("a",), {"p": "b"})
attempt("relpath", posixpath.relpath, ("a/b",), {"start": "a"})
attempt("samestat", posixpath.samestat, (1, 2), {})
attempt("commonpath", posixpath.commonpath, (None,), {})
attempt("commonpath", posixpath.commonpath, ([],), {})
# join(a, *p): the first part may be named.
print(posixpath.join(a="x"))
attempt("join", posixpath.join, ("y",), {"a": "x"})
attempt("join", posixpath.join, ("y", "z"), {"k": 1})
