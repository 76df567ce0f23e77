# Literal and value patterns: == for numbers and strings, `is` for None/True/False, dotted
# names looked up at match time, and the order in which cases are tried.

def kind(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary two"
        case -3 + 4j:
            return "complex"
        case "":
            return "empty str"
        case "a" "b":
            return "ab (concatenated)"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"


for v in [0, 0.0, -1, -1.0, 1.5, 2j, complex(-3, 4), "", "ab", b"raw", None, True, False,
          1, 1.0, "x", [], (), "raw"]:
    print(repr(v), "->", kind(v))

# 1 == True, but `case True` compares by identity.
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 matched by == 1")

match True:
    case 1:
        print("True == 1 matched the literal 1")


class Color:
    RED = "red"
    GREEN = "green"

    class Shade:
        DARK = 10


def color(c):
    match c:
        case Color.RED:
            return "it is red"
        case Color.GREEN:
            return "it is green"
        case Color.Shade.DARK:
            return "dark shade"
        case other:
            return f"unknown {other!r}"


for c in ["red", "green", 10, "blue"]:
    print(color(c))

# Value patterns are evaluated when the case is tried, not when the function is defined.
Color.RED = "crimson"
print(color("crimson"), "/", color("red"))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  Loud({self.v}).__eq__({other!r})")
        return self.v == other


print("subject __eq__ first:")
match Loud(3):
    case 1:
        print("one")
    case 3:
        print("three")


class Const:
    three = Loud(3)


print("value __eq__ when the subject does not know:")
match 3:
    case Const.three:
        print("matched via reflected __eq__")

# No case matches: nothing happens, names stay unbound.
match 42:
    case 1 | 2:
        print("no")
    case "42":
        print("no")
print("after unmatched match")

# The subject is evaluated exactly once.
calls = []


def subject():
    calls.append(1)
    return 7


match subject():
    case 1:
        pass
    case 5:
        pass
    case 7:
        print("seven; subject evaluated", len(calls), "time(s)")
