# Mapping patterns: the listed keys must be present (extra keys are fine), values match
# sub-patterns, `**rest` collects the other items into a new dict, and only mappings match.

def describe(v):
    match v:
        case {}:
            pass
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point({x}, {y})"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={rest}"
        case {"type": str(t)}:
            return f"some {t}"
        case {1: one, None: nothing, b"t": t}:
            return f"odd keys {one} {nothing} {t}"
        case {}:
            return f"other mapping with {len(v)} item(s)"
        case _:
            return f"not a mapping: {type(v).__name__}"


samples = [
    {"type": "point", "x": 1, "y": 2},
    {"y": 2, "x": 1, "type": "point", "colour": "red"},
    {"type": "circle", "r": 5},
    {"type": "circle", "r": 5, "fill": True, "z": 0},
    {"type": "square"},
    {"type": 3},
    {1: "a", None: "b"},
    {True: "a", None: "b", b"t": 0},
    {},
    [("type", "point")],
    "type",
    None,
]
for s in samples:
    print(describe(s))

# True and 1 are the same key: {1: ..., True: ...} cannot be written, but a literal 1 finds
# the key True.
match {True: "yes"}:
    case {1: v}:
        print("1 found the True key:", v)

# A key whose value is None is present.
match {"k": None}:
    case {"k": None}:
        print("present with None")

# `**rest` is a fresh dict: changing it leaves the subject alone.
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": _, **rest}:
        rest["z"] = 26
        print("rest", rest, "subject", d)

match {"only": 1}:
    case {**everything}:
        print("everything", everything, everything == {"only": 1})

# Dotted names as keys.
class K:
    name = "n"
    age = "a"


match {"n": "Ann", "a": 31}:
    case {K.name: str(name), K.age: int(age)} if age > 30:
        print(name, "is over 30")

# Nested mappings and sequences.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False}
match config:
    case {"server": {"host": host, "ports": [first, *others]}, "debug": False}:
        print("host", host, "first port", first, "others", others)

# The same key twice at run time is an error (keys from dotted names are checked then).
class Dup:
    a = "k"
    b = "k"


try:
    match {"k": 1, "j": 2}:
        case {Dup.a: 1, Dup.b: 2}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

# An unhashable key raises too.
class Bad:
    key = []


try:
    match {"x": 1}:
        case {Bad.key: 1}:
            print("no")
except TypeError as e:
    print("TypeError:", e)

# Short mappings fail on the length check before any look-up.
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": 1}:
        print("length check then keys")
