# match statement with literals, captures, sequences, mappings, guards, classes.
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s:
            return f"string {s!r}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"list head {x} rest {rest}"
        case {"kind": "pt", "x": px}:
            return f"point x={px}"
        case None:
            return "none"
        case _:
            return "other"

for v in (0, 2, -7, "hi", [1, 2], [1, 2, 3], (9,), {"kind": "pt", "x": 4, "extra": 1}, None, 3.5, 100):
    print(describe(v))

class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

for p in (Pt(0, 0), Pt(0, 5), Pt(3, 3), Pt(1, 2)):
    match p:
        case Pt(0, 0):
            print("origin")
        case Pt(0, y=yy):
            print("on y axis", yy)
        case Pt(x, y) if x == y:
            print("diagonal", x)
        case Pt():
            print("somewhere")
