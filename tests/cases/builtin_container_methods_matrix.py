# Every public method of the builtin containers called through a bound method object
# (getattr(x, name)(*args, **kw)) with a small pool of arguments: results, and the wording
# of each refusal (bound-object wording: the receiver's class, bare names for varargs).
vals = [[3, 1, 2], (3, 1), {"a": 1}, {1, 2}, frozenset({1}), bytearray(b"ab"), range(5), {}.keys(), {}.items(), {}.values()]
pool = [(), (1,), ("a",), ([1],), (1, 2)]
kwpool = [{}, {"key": len}]
for v in vals:
    names = sorted(n for n in dir(type(v)) if not n.startswith("_"))
    for name in names:
        for args in pool:
            for kw in kwpool:
                if kw and len(args) > 1:
                    continue
                w = v.copy() if hasattr(v, "copy") else v
                try:
                    r = getattr(w, name)(*args, **kw)
                    out = repr(r)
                    if " at 0x" in out:
                        out = type(r).__name__
                    if isinstance(r, (set, frozenset)):
                        out = type(r).__name__ + repr(sorted(r, key=repr))
                    out += " | " + repr(w)[:40] if not isinstance(w, (set, frozenset)) else ""
                except Exception as e:
                    out = type(e).__name__ + ": " + str(e)
                print(type(v).__name__, name, repr(args), kw or "", "->", out[:150])
