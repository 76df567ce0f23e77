for spec in ("", "10", "<10", ">10", "^10", "*^11", "=+10", "+", "-", " ", "010", "#x", "#o", "#b", "#X", "_", ",", "_x", "08_b", "c", "n", "d"):
    try:
        print(repr(spec), repr(format(1234, spec)), repr(format(-42, spec)) if spec != "c" else "")
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for spec in ("", ".2f", "10.3f", "<10.1f", "e", ".3E", "g", ".3g", "G", "%", ".1%", ",.2f", "_.3f", "+.1f", " .1f", "010.2f", "#.0f", "#g", ".0f", "n", ".10g", "=+12.3f", "x^12.2f"):
    try:
        print(repr(spec), repr(format(12345.6789, spec)), repr(format(-0.000012345, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for v in (float("inf"), float("-inf"), float("nan"), 0.0, -0.0, 1e16, 1e-5, 123456789.0):
    print(format(v, ""), format(v, ".3g"), format(v, "10.2f"), format(v, "e"), format(v, "%") if v == v and v not in (float("inf"), float("-inf")) else "")
for spec in ("", "10", "<10", ">10", "^10", ".2", "*>8.3", "s", "=^9"):
    print(repr(spec), repr(format("hello", spec)))
for bad in (("abc", "d"), ("abc", "="), (1.5, "d"), (1.5, "x"), (1, ".2d"), (1, "s"), ("x", "+"), (1, ",_"), (1, "=c"), (1.5, "c")):
    try:
        format(*bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(format(True, "^5"), format(True, "d"), format(65, "c"), format(10**20, ","), format(-10**20, "_x"))
print(format(0, "#x"), format(0, "#b"), format(255, "#010x"), format(-255, "#010x"), format(5, "+#o"))
print(format(1.0, ""), format(1.0, "g"), format(1e100, "g"), format(1.5e-7, ""), format(0.1, ".20f"))
print(format(12, "04"), format(-12, "04"), format(12, "=4"), format(12.5, "0=8"), format(1234567, "n"))
