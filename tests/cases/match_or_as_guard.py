# OR patterns, `as` captures, guards, and where the captured names live (function locals,
# closures, globals, class bodies); control flow out of case bodies.

def classify(v):
    match v:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [("x" | "y") as axis, (int() | float()) as amount]:
            return f"move {axis} by {amount}"
        case [x, 0] | [0, x]:
            return f"one zero and {x}"
        case (a, b) | {"a": a, "b": b}:
            return f"pair-ish {a} {b}"
        case str() | bytes() as text if len(text) > 3:
            return f"long text {text!r}"
        case str() | bytes():
            return "short text"
        case _:
            return "other"


for v in [2, [5, 0], [0, 7], (1, 2), {"a": 3, "b": 4, "c": 5}, ["x", 2], ["y", 2.5],
          ["z", 1], "hello", b"hi", 4.5]:
    print(repr(v), "->", classify(v))

# Alternatives binding the same names in a different order.
for v in [(1, "a"), ("b", 2)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n =", n, "s =", s)

# Nested ORs with captures at several depths.
match [1, [2, 3]]:
    case [a, [b, c] | (b, c)] | [a, b, c]:
        print("nested or", a, b, c)

# Guards see the captures; a failed guard moves on to the next case, and the names it
# bound stay bound (as in CPython).
def guarded(v):
    match v:
        case [x, y] if x > y:
            return f"descending {x} {y}"
        case [x, y] if x < y:
            return f"ascending {x} {y}"
        case [x, y]:
            return f"flat at {x}"
        case n if (half := n // 2) > 10:
            return f"big, half is {half}"
        case n:
            return f"small {n}"


for v in [[3, 1], [1, 3], [2, 2], 50, 5]:
    print(guarded(v))

match [1, 2]:
    case [p, q] if p > q:
        pass
    case _:
        print("guard failed, but p and q were bound:", p, q)

# Guard side effects run once per case tried.
log = []


def check(tag, result):
    log.append(tag)
    return result


match 5:
    case int() if check("first", False):
        pass
    case 5 if check("second", True):
        print("second guard passed; guards run:", log)

# A guard on the last, wildcard case.
for v in [1, 2]:
    match v:
        case 1:
            print("one")
        case _ if v > 1:
            print("bigger than one")

# `case x if guard` may come before other cases.
match 3:
    case x if x > 5:
        print("no")
    case 3:
        print("capture with guard is not irrefutable")

# Captures are ordinary locals, cells, globals or class attributes depending on the scope.
def outer():
    match (1, 2):
        case (a, b):
            pass

    def inner():
        return a + b
    return inner()


print("closure sees", outer())

match {"g": "global value"}:
    case {"g": g_bound}:
        pass
print("module global:", g_bound, "g_bound" in globals())


class Config:
    match ("debug", True):
        case (name, flag):
            setting = f"{name}={flag}"


print("class body:", Config.setting, Config.name)


def uses_global():
    global gx
    match 10:
        case gx:
            pass


uses_global()
print("global statement:", gx)

# break, continue and return inside case bodies.
def first_negative(items):
    for i, v in enumerate(items):
        match v:
            case int(n) if n < 0:
                return i
            case None:
                break
            case _:
                continue
    return -1


print(first_negative([1, 2, -3, 4]), first_negative([1, None, -3]), first_negative([]))

count = 0
while True:
    count += 1
    match count:
        case 3:
            break
        case _:
            pass
print("loop left at", count)

# match inside a generator, with a yield in a guard.
def gen(items):
    for it in items:
        match it:
            case [k, v] if (yield k) is None:
                yield ("pair", v)
            case other:
                yield ("single", other)


print(list(gen([["a", 1], 7])))

# match inside try/except and with an exception in a case body.
try:
    match [1, 0]:
        case [a, b]:
            print(a / b)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# `as` on a whole OR pattern and on a class pattern.
match 2:
    case (1 | 2) as which:
        print("which", which)

match 3.0:
    case float() as f:
        print("float", f)

# Soft keywords stay ordinary names.
match = {"match": 1}
case = [match]
print(case, match["match"])
