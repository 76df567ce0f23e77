# Every public method and the listed special methods of int, bool, float and complex,
# called with a pool of argument shapes: results, or CPython's exception and message.
# (Through a bound-method object CPython names the receiver's type, `bool.bit_length()`;
# in a direct call, as at the end, the defining type, `int.bit_length()`: tote words
# every call the direct way, so the matrix leaves bool to the direct calls.)
vals = [7, 2**70, 2.5, float("nan"), 3+4j]
pool = [(), (None,), (2,), (2.5,), ("a",), (1, 2), (10, "big"), (2, "big", True)]
kwpool = [{}, {"signed": True}, {"byteorder": "little"}, {"ndigits": 1}, {"bad": 1}]
for v in vals:
    for name in sorted(n for n in dir(type(v)) if not n.startswith("__") or n in ("__round__", "__trunc__", "__floor__", "__ceil__", "__format__", "__pow__", "__divmod__", "__getnewargs__", "__sizeof__")):
        if name == "__sizeof__":
            continue
        m = getattr(v, name)
        if not callable(m):
            print(repr(v), name, "attr", repr(m))
            continue
        for args in pool:
            for kw in kwpool:
                if kw and len(args) > 1:
                    continue
                try:
                    r = m(*args, **kw)
                    out = repr(r)
                except Exception as e:
                    out = type(e).__name__ + ": " + str(e)
                print(repr(v), name, repr(args), kw or "", "->", out[:150])

for text in ["True.bit_length(1)", "True.bit_length(k=1)", "True.__ceil__(1)", "True.__format__()",
             "True.__round__(1, 2)", "True.conjugate(x=1)", "(2.5).hex(1)", "(1j).conjugate(1)",
             "True.__add__()", "True.__pow__(1, 2, 3)", "True.as_integer_ratio(k=1)"]:
    try:
        print(text, "->", eval(text))
    except TypeError as e:
        print(text, "-> TypeError:", e)
