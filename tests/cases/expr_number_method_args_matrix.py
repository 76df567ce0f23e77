# Every public method and the listed special methods of int, bool, float and complex,
# called with a pool of argument shapes: results, or CPython's exception and message.
vals = [7, True, 2**70, 2.5, float("nan"), 3+4j]
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
