vals = [0, -1, 10**30, 1.5, -0.0, 1e-10, float("inf"), 1 + 2j, "s", "it's", 'say "hi"', "both ' and \"", "\\", "\x00\t\n", "é\u200b", b"b", None, True, [1, "a"], (1,), (), {"k": [1]}, {1.5}, frozenset(), set(), range(2), slice(1), Ellipsis, NotImplemented, int, len, type(None)]
for v in vals:
    print(repr(v), "|", str(v))
class R:
    def __repr__(self): return "R-repr"
class S:
    def __str__(self): return "S-str"
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
print(str(R()), repr(R()), [R()], (R(),), {"k": R()}, str(Both()), repr(Both()), [Both()], f"{Both()}", f"{Both()!r}")
print(repr(S()).startswith("<__main__.S object at"), str(S()))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d)
class SubStr(str):
    pass
print(repr(SubStr("x")), type(str(SubStr("y"))).__name__, SubStr("ab") + "c", type(SubStr("ab") + "c").__name__)
print(str(123), int("  42\n"), float(" 1.25 "), str(-0.0), str(1e16), str(123456789012345.6), repr(1/3))
print(int(str(10**50)) == 10**50, len(str(2**1000)), str(2**64), hex(2**64), float(2**64))
