# Every binary operator and the numeric builtins over ints, bigints, floats (inf, nan,
# -0.0), bools and complex: results and error messages.
vals = [0, 1, -1, 2, -3, 7, 2**63 - 1, -2**63, 2**64, -(10**30), 0.0, -0.0, 0.5, -1.5, 3.0, 1e308, -1e-308, float('inf'), float('-inf'), float('nan'), True, False, 1j, complex(0, 0), complex(-1.5, 2), 2**1000]
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '<=', '==', '!=', '>', '>=']
for a in vals:
    for b in vals:
        row = []
        for op in ops:
            if op in ('**', '<<') and isinstance(b, int) and b > 4096:
                row.append('skip'); continue
            try:
                r = eval(f"a {op} b")
                if isinstance(r, int) and not isinstance(r, bool) and abs(r) > 10**60:
                    r = ("bigint", r.bit_length(), r % 1000003)
                elif isinstance(r, complex) and abs(r) > 1e300:
                    r = ("bigcomplex",)
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__ + ":" + str(e))
        print(repr(a)[:30], repr(b)[:30], " | ".join(row))
for a in vals:
    row = []
    for f in (abs, lambda x: -x, lambda x: +x, lambda x: ~x, lambda x: hash(x) if x == x else "unequal to itself", bool, int, float, complex, round, lambda x: round(x, 2), lambda x: round(x, -1), lambda x: divmod(x, 3), lambda x: divmod(x, -2.5), lambda x: pow(x, 3, 5), lambda x: pow(x, -1, 7), str, lambda x: x.__trunc__() if hasattr(x, '__trunc__') else None, lambda x: x.conjugate(), lambda x: x.real, lambda x: x.imag):
        try:
            r = f(a)
            if isinstance(r, int) and abs(r) > 10**60: r = ("bigint", r.bit_length())
            row.append(repr(r))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(a)[:30], " | ".join(row))
