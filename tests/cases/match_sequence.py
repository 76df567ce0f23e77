# Sequence patterns: lists, tuples and ranges match; str, bytes, dicts, sets and iterators
# never do. Star captures build lists; `*_` skips items without copying them.

def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r}, {y!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first!r} ... {last!r} ({len(middle)} between)"
        case [first, *rest]:
            return f"head {first!r} rest {rest!r}"
        case _:
            return f"not a sequence: {type(v).__name__}"


for v in [[], (), [1], (1,), [1, 2], (1, 2), range(3), [1, 2, 3], list(range(7)),
          "ab", b"ab", "", {1: 2}, {1, 2}, iter([1, 2]), 5, None]:
    print(repr(v) if not hasattr(v, "__next__") else "<iterator>", "->", shape(v))

# Nested sequences, and parentheses versus brackets (both mean "any sequence").
def nested(v):
    match v:
        case [(a, b), [c, [d]]]:
            return ("deep", a, b, c, d)
        case ((a, b), (c, d)):
            return ("pairs", a, b, c, d)
        case (a, b, *_):
            return ("at least two", a, b)
        case _:
            return ("no",)


print(nested([(1, 2), [3, [4]]]))
print(nested([[1, 2], (3, 4)]))
print(nested((1, 2, 3, 4, 5)))
print(nested([1]))

# Star in every position.
for v in [[1, 2, 3, 4, 5], [1, 2], [9]]:
    match v:
        case [*init, a, b]:
            print("init", init, "last two", a, b)
        case _:
            print("too short", v)
    match v:
        case [a, *mid, b]:
            print("ends", a, b, "mid", mid)
        case [a]:
            print("single", a)
    match v:
        case [*everything]:
            print("everything", everything, type(everything).__name__)

# Wildcard stars use indexing: the middle is never copied.
match list(range(100)):
    case [a, b, *_, y, z]:
        print("first two", a, b, "last two", y, z)

match (1, 2, 3):
    case [_, _, _]:
        print("three anything")

match [1, 2]:
    case [*_]:
        print("any sequence")

match range(10, 20):
    case [a, *_, b]:
        print("range ends", a, b)

# Length mismatches fail without raising.
match [1, 2, 3]:
    case [a, b]:
        print("no")
    case [a, b, c, d, *rest]:
        print("no")
    case [a, b, c, d]:
        print("no")
    case other:
        print("fell through to capture", other)

# A failed case binds nothing, even when part of it matched.
def partial():
    match [1, 2, "x"]:
        case [a, b, 3]:
            pass
        case [c, d, e]:
            pass
    print("c, d, e =", c, d, e)
    try:
        print(a)
    except UnboundLocalError as ex:
        print("UnboundLocalError:", ex)


partial()

# Sequence items matched against literal and class patterns.
for cmd in [["go", "north"], ["go", 3], ["drop", "sword", "shield"], ["quit"], ["go"]]:
    match cmd:
        case ["go", str(direction)]:
            print("going", direction)
        case ["go", int(steps)]:
            print("going", steps, "steps")
        case ["drop", *objects]:
            print("dropping", ", ".join(objects))
        case ["quit" | "exit"]:
            print("bye")
        case _:
            print("unknown command", cmd)
