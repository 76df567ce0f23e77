# format() mini-language grid: fill/align/sign/#/0/width/grouping/precision/type for ints,
# floats and strings, including the combinations CPython rejects.
ints = [0, 7, -7, 255, -4096, 1234567, 2 ** 64]
int_types = ["", "b", "c", "d", "o", "x", "X", "n"]
int_prefixes = ["", "+", "-", " ", "#", "0", "08", "+08", "#010", "*^9", "_<9", ">+9", "=+9", ",", "_", "#_", "+,", "012,"]
for t in int_types:
    for v in ints:
        if t == "c" and not (0 <= v < 0x110000):
            continue
        out = []
        for p in int_prefixes:
            try:
                out.append(format(v, p + t))
            except ValueError as e:
                out.append("<%s>" % e)
        print(t, v, "|".join(out))

floats = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 6.02e23, float("inf"), float("nan")]
float_types = ["", "e", "E", "f", "F", "g", "G", "%", "n"]
float_prefixes = ["", ".0", ".2", ".10", "+.3", " 12.4", "<12.1", "^+12.2", "012.3", ",.2", "_.1", "#.0", "#", "=12", "x>10.3"]
for t in float_types:
    for v in floats:
        out = []
        for p in float_prefixes:
            try:
                out.append(format(v, p + t))
            except ValueError as e:
                out.append("<%s>" % e)
        print(t, v, "|".join(out))

strs = ["", "a", "hello", "héllo wörld"]
str_specs = ["", "s", "5", "<7", ">7", "^7", "*^8", "-^8", ".2", "10.3", "^9.1s", "0>6", "0<6"]
for v in strs:
    print(repr(v), [format(v, s) for s in str_specs])

bad = [(1, "z"), (1.5, "d"), (1.5, "b"), ("s", "d"), ("s", "+"), ("s", "#"), ("s", ","), (1, ".2"), (1, ",b"),
       (1, "_c"), (65, "+c"), (1, "#c"), (1.0, "#,_f"), (1, ",_"), (1, "_,"), ("x", "=5"), (1, "-c"),
       (2.5, "c"), (1, "0=+#,x"), (1, "99999999999999999999"), (1.0, ".99999999999999999999f"), (None, "s")]
for v, spec in bad:
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)

# bool and int subclasses format as ints once a type is given, as str otherwise
print(format(True), format(True, "d"), format(False, "5"), format(True, "^5"), format(True, "x"), format(True, ".2f"))
print(format(10 ** 30, ","), format(-10 ** 30, "_x"), format(2 ** 100, "e"), format(2 ** 100, ".3g"), format(12, "%"))
print(format(123, "010_"), format(-123, "=10,"), format(1234.5, "010,.1f"), format(-1234.5, "+012,.1f"))
