# Wrong calls of the os module's functions fail with CPython's exception and message:
# argument counts, refused or unknown keywords, and argument types, in CPython's order.
import os

SHAPES = [((), {}), ((None,), {}), ((1, 2, 3), {}), ((), {"k": 1}), ((1,), {"k": 1})]


def attempt(name, f, args, kwargs):
    try:
        r = f(*args, **kwargs)
        print(name, args, kwargs, "->", type(r).__name__)
    except Exception as e:
        print(name, args, kwargs, "->", type(e).__name__ + ":", e)


for name in ["getenv", "makedirs", "removedirs", "walk", "fsencode", "fsdecode",
             "get_terminal_size", "write", "strerror"]:
    for args, kwargs in SHAPES:
        attempt(name, getattr(os, name), args, kwargs)
for args in [(None,), (1,), (1.5,)]:
    attempt("makedirs", os.makedirs, args, {})
    attempt("removedirs", os.removedirs, args, {})
attempt("getenv", os.getenv, ("TOTE_SURELY_UNSET",), {"default": 5})
attempt("getenv", os.getenv, ("TOTE_SURELY_UNSET",), {"key": "x"})
print(os.fsencode(filename="a"), os.fsdecode(filename=b"a"))
# The path is converted before the mode, as CPython's parser does.
for name in ["mkdir", "access", "makedirs"]:
    for args in [(1.5, 2.5), (None, None), (1, "a")]:
        attempt(name, getattr(os, name), args, {})
# An error about a descriptor names it (standard output is never a directory).
attempt("listdir", os.listdir, (1,), {})
attempt("scandir", os.scandir, (1,), {})
# Integers are read as CPython's C types: a descriptor is a C int, a size a ssize_t.
for name in ["fstat", "isatty", "strerror", "urandom", "get_terminal_size", "stat", "lstat", "listdir"]:
    for v in [2**40, 2**63, -2**63 - 1, True]:
        if name in ("urandom", "isatty", "get_terminal_size", "fstat") and v is True:
            continue
        attempt(name, getattr(os, name), (v,), {})
attempt("write", os.write, (2**40, b""), {})
