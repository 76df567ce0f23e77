# int/float/complex parsing in every base, to_bytes/from_bytes, rounding, float.hex and
# fromhex, as_integer_ratio and float repr over edge values.
def show(label, f):
    try: r = f()
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
texts = ["0", "-0", "+17", " 42 ", "1_000", "1__0", "_1", "0x1F", "0o17", "0b101", "0B1", "0_7", "007", "1e3", "1.5", "inf", "-nan", "infinity", "  -Infinity\n", "١٢٣", "٣.٥", "1_0.5", "1.", ".5", "0x", "", " ", "9" * 30, "-0x_1f", "z", "1e", "1e+", "0.1e-3", "1_e3", "NaN", "+.5e+2"]
for t in texts:
    for base in [None, 0, 2, 8, 10, 16, 36]:
        show(f"int({t!r}, {base})", lambda: int(t) if base is None else int(t, base))
    show(f"float({t!r})", lambda: float(t))
    show(f"complex({t!r})", lambda: complex(t))
for n in [0, 1, -1, 127, 128, -128, -129, 255, 256, 2**64 - 1, -2**63, 10**30]:
    for length in [1, 2, 8, 16]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                show(f"{n}.to_bytes({length},{order},{signed})", lambda: n.to_bytes(length, order, signed=signed))
    show(f"{n} misc", lambda: (n.bit_length(), n.bit_count(), n.as_integer_ratio(), divmod(n, 7), divmod(n, -7), n // -3, n % -3, pow(n, 2, 97) if n else 0, round(n, -2), n.__round__(-1), int.from_bytes(n.to_bytes(17, "big", signed=True), "little", signed=True)))
for f in [0.0, -0.0, 0.1, 1.5, 2.5, -2.5, 1e16, 123.456, 1/3, 5e-324, 1.7976931348623157e308, float("inf"), float("nan"), 0.5, 1e-5, 12345678.9]:
    show(f"{f!r} misc", lambda: (f.hex(), float.fromhex(f.hex()), f.is_integer(), round(f), round(f, 1), round(f, -1), round(f, 3)))
    show(f"{f!r} ratio", lambda: f.as_integer_ratio())
    show(f"{f!r} str", lambda: (str(f), repr(f), f"{f}", f"{f:g}", f"{f:.17g}", int(f) if f == f and abs(f) != float("inf") else None))
for h in ["0x1p-2", "-0x1.8p1", "0x.8", "inf", "0x1p2000", "0x1.fffffffffffff8p1023", "1p3", "0xg", " 0x1P+0 "]:
    show(f"fromhex({h!r})", lambda: float.fromhex(h))
