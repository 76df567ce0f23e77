# f-string format specs: width, fill, align, precision, grouping, nested fields.
x = 3.14159265
n = 1234567
s = "hi"
print(f"[{s:10}] [{s:>10}] [{s:^10}] [{s:*<10}] [{s:-^9}]")
print(f"[{n:10}] [{n:<10}] [{n:^10}] [{n:010}] [{-n:010}] [{n:=+12}]")
print(f"{x:.2f} {x:.0f} {x:10.3f} {x:<10.1f}| {x:e} {x:.3g} {x:%}")
print(f"{n:,} {n:_} {n:,.1f} {1234.5:,} {-n:,}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {5:b} {5:08b} {255:_x}")
print(f"{65:c} {0.5:.0%} {1e10:g} {1e-10:g} {123.0:g} {0.0001:g}")
w, p = 12, 3
print(f"[{x:{w}.{p}f}] [{s:{'>'}{w}}] [{n:{w},}]")
print(f"{True:d} {True} {None!s:>5} {3:.2f}")
print(f"{-0.0:.1f} {float('inf'):.2f} {float('nan'):f} {float('-inf'):>8}")
print(f"{12:+} {12: } {-12: } {3.0:+.1f}")
print(f"{'abc':.2} {'abcdef':>8.3}")
print(f"{1.5:n} {42:n}")
print(f"{123456789.123:,.2f} {0.000012345:.3e} {1.0:.10g}")
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{5:s}"
except ValueError as e:
    print("ValueError:", e)
