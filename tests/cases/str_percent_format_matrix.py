# %-formatting: each conversion with flags, width and precision (given or *) over a spread
# of values; mapping keys and malformed formats.
vals = [0, -7, 42, 2**70, 3.5, -0.0, 1e100, float("nan"), float("inf"), "str", "é", b"by", None, [1], (1,), {"k": 1}, True, 1+2j]
convs = "diouxXeEfFgGcrsa%"
flags = ["", "#0", "-+", " "]
for v in vals:
    for c in convs:
        for fl in flags:
            for w in ["", "*"]:
                for p in ["", ".2", ".*"]:
                    fmt = "%" + fl + w + p + c
                    args = []
                    if w == "*": args.append(6)
                    if p == ".*": args.append(1)
                    if c != "%": args.append(v)
                    try: r = fmt % tuple(args)
                    except Exception as e: r = type(e).__name__ + ": " + str(e)
                    print(fmt, repr(v)[:20], repr(r))
print("%(a)s %(b)05.1f %%" % {"a": 1, "b": 2.25})
for bad in ["%", "%z", "%(a", "%(a)s", "%s %s", "%*d"]:
    try: print(bad % (1,))
    except Exception as e: print(bad, type(e).__name__, e)
print(b"%s %d %x %c %r %a" % (b"x", 3, 255, 65, b"q", "é"))
