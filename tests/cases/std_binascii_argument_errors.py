# Wrong calls of the binascii module's functions fail with CPython's exception and message:
# argument counts, refused or unknown keywords, and argument types, in CPython's order.
import binascii

SHAPES = [((), {}), ((None,), {}), ((1, 2, 3), {}), ((), {"k": 1}), ((1,), {"k": 1})]


def attempt(name, f, args, kwargs):
    try:
        r = f(*args, **kwargs)
        print(name, args, kwargs, "->", type(r).__name__)
    except Exception as e:
        print(name, args, kwargs, "->", type(e).__name__ + ":", e)


for name in ["a2b_base64", "b2a_base64", "crc32", "hexlify", "unhexlify", "a2b_hex", "b2a_hex"]:
    for args, kwargs in SHAPES:
        attempt(name, getattr(binascii, name), args, kwargs)
print(binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64(b"aGk=", strict_mode=True))
attempt("b2a_base64", binascii.b2a_base64, (), {"data": b"x"})
attempt("b2a_base64", binascii.b2a_base64, (b"x", 1), {})
