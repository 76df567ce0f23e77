# The special methods of the builtin containers, str, bytes, range and memoryview called
# directly with a pool of argument shapes: results, or CPython's slot-wrapper messages.
vals = [[3, 1], (3, 1), {"a": 1}, {1, 2}, frozenset({1}), "ab", b"ab", bytearray(b"ab"), range(3), memoryview(b"ab")]
pool = [(), (None,), (1,), (0,), ("a",), ([1],), (1, 2), (slice(0, 1),), ((1,),)]
kwpool = [{}, {"x": 1}]
for v in vals:
    names = sorted(n for n in dir(type(v)) if n.startswith("__") and n not in (
        "__class__", "__doc__", "__hash__", "__init__", "__new__", "__init_subclass__", "__subclasshook__",
        "__sizeof__", "__reduce__", "__reduce_ex__", "__getattribute__", "__setattr__", "__delattr__",
        "__dir__", "__format__", "__class_getitem__", "__getstate__", "__release_buffer__", "__buffer__", "__enter__", "__exit__"))
    for name in names:
        for args in pool:
            for kw in kwpool:
                if kw and len(args) > 1:
                    continue
                w = v.copy() if hasattr(v, "copy") else v
                try:
                    r = getattr(w, name)(*args, **kw)
                    out = repr(r) if not hasattr(r, "__next__") else type(r).__name__
                    if " at 0x" in out or "object at" in out:
                        out = type(r).__name__
                except Exception as e:
                    out = type(e).__name__ + ": " + str(e)
                print(type(v).__name__, name, repr(args), kw or "", "->", out[:150])
m = memoryview(b"ab")
print(m.__eq__(b"ab"), m.__ne__(b"ab"), m.__eq__(memoryview(b"ab")), m == b"ab", m.__eq__(bytearray(b"ab")), m.__eq__("ab"))
print(object.__eq__(1, 1), object.__ne__(1, 2))
