# A number written right against a keyword (`1if`, `0x1for`): CPython 3.11's tokenizer
# warns "invalid <kind> literal" at the number's last character, in source order with the
# other tokenizer warnings, and an "error" filter makes it a SyntaxError there.
import warnings

cases = [
    "x = 1if x else 2",
    "x = [0x1for x in y]",
    "x = 1or 2",
    "x = 1and 2",
    "x = 1in y",
    "x = 1not in y",
    "x = 0b1and 1",
    "x = 0o7or 1",
    "x = 1_0if 1 else 2",
    "x = 1.5if 1 else 2",
    "x = 1jif 1 else 2",
    "x = 1e5if 1 else 2",
    "x = (1, 2if 1 else 3)\ny = 1or 2",
    "x = 1 if 1 else 2",
    "x = 1if 2else 3",
]
for src in cases:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "made.py", "exec")
    print(repr(src), [(w.category.__name__, str(w.message), w.lineno) for w in caught])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "made.py", "exec")
            print("  compiles")
        except SyntaxError as e:
            print("  ", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
y = 3
print(1 if y else 2, [0x1f or y])
