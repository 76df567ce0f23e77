# Slicing, slice assignment and deletion across start/stop/step combinations for list,
# tuple, str, bytearray and range; list methods' edge cases.
import sys
def show(label, f):
    try: r = f()
    except Exception as e: r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
base = [3, 1, 4, 1, 5, 9, 2, 6]
for i in range(-10, 11, 3):
    for j in [None, -9, -3, 0, 2, 5, 12]:
        for k in [None, -3, -1, 1, 2]:
            l = list(base)
            show(f"get[{i}:{j}:{k}]", lambda: l[i:j:k])
            l = list(base)
            def setit():
                l[i:j:k] = [0, 0]
                return l
            show(f"set[{i}:{j}:{k}]", setit)
            l = list(base)
            def delit():
                del l[i:j:k]
                return l
            show(f"del[{i}:{j}:{k}]", delit)
            t = tuple(base)
            show(f"tuple[{i}:{j}:{k}]", lambda: t[i:j:k])
            s = "abcdefgh"
            show(f"str[{i}:{j}:{k}]", lambda: s[i:j:k])
            b = bytearray(b"abcdefgh")
            def bset():
                b[i:j:k] = b"XY"
                return b
            show(f"ba[{i}:{j}:{k}]", bset)
            r = range(0, 16, 2)
            show(f"range[{i}:{j}:{k}]", lambda: r[i:j:k])
for m, a in [("index", (1,)), ("index", (1, 2)), ("index", (7,)), ("count", (1,)), ("insert", (-100, 0)), ("insert", (100, 0)), ("pop", ()), ("pop", (-9,)), ("pop", (0,)), ("remove", (1,)), ("remove", (8,)), ("sort", ()), ("reverse", ()), ("extend", (range(3),)), ("append", (None,)), ("clear", ()), ("copy", ())]:
    l = list(base)
    show(f"{m}{a}", lambda: (getattr(l, m)(*a), l))
for ka in [{}, {"reverse": True}, {"key": lambda x: -x}, {"key": str, "reverse": True}]:
    l = list(base); l.sort(**ka); print(ka.keys(), l)
print([1, 2] < [1, 2, 0], [1, [2]] == [1, [2]], (1, 2) > (1,), [] < [[]], sorted([(2, "b"), (1, "z"), (2, "a")]))
