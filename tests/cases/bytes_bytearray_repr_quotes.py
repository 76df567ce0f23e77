# bytearray's repr picks its quote as bytes does but always escapes a single quote.
class BA(bytearray): pass
for d in (b"it's", b"a'b\"c", b'"', b"", b"\x00'\n"):
    print(repr(bytearray(d)), repr(bytes(d)), repr(BA(d)), str(bytearray(d)))
