# Wrong calls of the io module's functions fail with CPython's exception and message:
# argument counts, refused or unknown keywords, and argument types, in CPython's order.
import io

SHAPES = [((), {}), ((None,), {}), ((1, 2, 3), {}), ((), {"k": 1}), ((1,), {"k": 1})]


def attempt(name, f, args, kwargs):
    try:
        r = f(*args, **kwargs)
        print(name, args, kwargs, "->", type(r).__name__)
    except Exception as e:
        print(name, args, kwargs, "->", type(e).__name__ + ":", e)


for name in ["text_encoding"]:
    for args, kwargs in SHAPES:
        attempt(name, getattr(io, name), args, kwargs)
attempt("open", io.open, (), {"k": 1})
attempt("open", io.open, (), {})
attempt("open", io.open, ("x", "r", -1, None, None, None, True, None, 1), {})
print(io.text_encoding("latin-1"))
attempt("text_encoding", io.text_encoding, ("a", "b"), {})
attempt("text_encoding", io.text_encoding, ("a", 1.5), {})
attempt("open", io.open, (None, None), {})
for v in [2**31, 2**40, 2**63, -2**63 - 1]:
    attempt("open", io.open, (v,), {})
