# Formatting a table report with f-strings and string methods.
rows = [
    ("Widget", 4, 3.5),
    ("Gadget", 10, 12.25),
    ("Thingamajig", 1, 199.99),
    ("Nut", 1000, 0.05),
]
header = f"{'Item':<12}{'Qty':>6}{'Price':>10}{'Total':>12}"
print(header)
print("=" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>6,}{price:>10.2f}{total:>12,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<28}{grand:>12,.2f}")
print(f"{'items':.<20}{len(rows):.>8}")
print(f"{'avg price':<12}{sum(r[2] for r in rows) / len(rows):>16.3f}")
print("|" + "|".join(s.center(9) for s in ("a", "bb", "ccc")) + "|")
