# Class patterns: isinstance check, positional sub-patterns through __match_args__, keyword
# sub-patterns through attributes, and the builtins that match themselves (int(x), str(s)…).

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r

    @property
    def area(self):
        return round(3.14159 * self.r * self.r, 2)


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d on the floor at {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case Circle(center=Point(0, 0), r=r):
            return f"centred circle r={r}"
        case Circle(r=r, area=a):
            return f"circle r={r} area={a}"
        case _:
            return "not a shape"


for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2), Point(1, 2),
          Point3(0, 0, 0), Point3(1, 2, 0), Point3(1, 2, 3),
          Circle(Point(0, 0), 1), Circle(Point(1, 1), 2), "point"]:
    print(where(p))

# Builtins that match themselves with one positional sub-pattern.
def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0 | 1 as bit):
            return f"bit {bit}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s) if s:
            return f"str {s!r}"
        case str():
            return "empty str"
        case bytes(b):
            return f"bytes {b!r}"
        case tuple((a, b)):
            return f"pair tuple {a} {b}"
        case list([*items]):
            return f"list of {len(items)}"
        case dict({"k": val}):
            return f"dict with k={val}"
        case set(s):
            return f"set of {len(s)}"
        case frozenset(s):
            return f"frozenset of {len(s)}"
        case _:
            return f"other {type(v).__name__}"


for v in [True, 0, 1, 7, 2.5, "hi", "", b"x", (1, 2), (1, 2, 3), [1, 2, 3], {"k": 9},
          {"j": 1}, {1, 2}, frozenset([3]), None]:
    print(repr(v), "->", builtin(v))

# Missing attributes make the pattern fail; they do not raise.
class Partial:
    __match_args__ = ("a", "b")
    a = 1


match Partial():
    case Partial(a, b):
        print("no")
    case Partial(a):
        print("only a:", a)

# __match_args__ can be shorter than the attributes used by keyword.
match Point(3, 4):
    case Point(3, y=4):
        print("mixed positional and keyword")

# A subclass without its own __match_args__ inherits it.
class Pixel(Point):
    pass


match Pixel(5, 6):
    case Point(x, y):
        print("pixel as point", x, y)

# The class expression may be a dotted name.
class shapes:
    Point = Point


match Point(1, 1):
    case shapes.Point(x=1):
        print("dotted class name")

# Attribute look-ups happen in pattern order, and stop at the first failure.
class Traced:
    __match_args__ = ("a", "b", "c")

    def __getattr__(self, name):
        print("  looking up", name)
        if name == "c":
            raise AttributeError(name)
        return name.upper()


match Traced():
    case Traced(a, "B", c):
        print("no")
    case Traced("A", b):
        print("matched", b)
