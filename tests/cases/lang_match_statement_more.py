def classify(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "go" | "stop":
            return "command"
        case str(s) if s.startswith("x"):
            return "x-string"
        case [x, y, *rest]:
            return f"seq {x} {y} rest={rest}"
        case [single]:
            return f"one {single}"
        case {"type": "pt", "x": px, **others}:
            return f"point {px} others={others}"
        case {"type": t}:
            return f"typed {t}"
        case None:
            return "none"
        case _:
            return "other"
for v in (0, 1, -5, 2.5, 7, "go", "xyz", "abc", [1, 2, 3, 4], (5, 6), [9], {"type": "pt", "x": 1, "y": 2}, {"type": "q"}, None, {1}, "ab"):
    print(repr(v), "->", classify(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 3), "str"):
    print(where(p))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match "abc":
    case [*_]:
        print("str matched sequence")
    case _:
        print("str is not a sequence pattern")
match b"ab":
    case (97, 98):
        print("bytes seq")
    case _:
        print("bytes not a sequence pattern")
match 3.0:
    case 3:
        print("3.0 matches literal 3")
match True:
    case 1:
        print("True matches 1")
    case True:
        print("True matches True")
match 1:
    case True:
        print("1 matches True")
    case _:
        print("1 does not match True (identity)")
