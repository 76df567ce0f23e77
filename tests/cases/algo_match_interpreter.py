# A small interpreter over an AST of classes, tuples and dicts written with match: class, sequence, mapping, or- and guard patterns.
# match-statement interpreter
class Num:
    __match_args__ = ("value",)
    def __init__(self, value): self.value = value
    def __repr__(self): return f"Num({self.value})"
class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right): self.op, self.left, self.right = op, left, right
class Var:
    __match_args__ = ("name",)
    def __init__(self, name): self.name = name

def ev(node, env):
    match node:
        case Num(value=int() | float() as v):
            return v
        case Num(str(s)):
            return float(s)
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"undefined {name}")
        case BinOp("+", l, r):
            return ev(l, env) + ev(r, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return ev(l, env) * ev(r, env)
        case BinOp(op, l, r):
            raise ValueError(f"bad op {op!r}")
        case ("let", str(name), value, body):
            return ev(body, {**env, name: ev(value, env)})
        case ("seq", *items) if items:
            res = None
            for it in items:
                res = ev(it, env)
            return res
        case ("seq",):
            return None
        case {"op": "neg", "arg": arg, **rest}:
            if rest:
                print("  extra keys:", rest)
            return -ev(arg, env)
        case {"op": "list", "items": [*xs]}:
            return [ev(x, env) for x in xs]
        case [1, 2, *_] | (3, 4):
            return "literal-seq"
        case int(n) | float(n):
            return n
        case None | True | False:
            return node
        case str() as s if s.isidentifier():
            return env.get(s, f"<{s}>")
        case _:
            raise TypeError(f"cannot evaluate {node!r}")

prog = [
    Num(3), Num("2.5"), BinOp("+", Num(1), Num(2)), BinOp("*", Var("x"), Num(0)),
    BinOp("*", Var("x"), Var("y")), ("let", "z", Num(5), BinOp("+", Var("z"), Var("x"))),
    ("seq", Num(1), Num(2)), ("seq",), {"op": "neg", "arg": Num(4)},
    {"op": "neg", "arg": 7, "note": "hi"}, {"op": "list", "items": [1, Num(2), (3, 4)]},
    [1, 2, 3], (3, 4), [3, 4], True, None, "x", "q", "not ident", BinOp("-", Num(1), Num(1)),
    Var("nope"), 2.5, {"op": "list", "items": "abc"}, b"bytes", ("let", 1, 2, 3),
]
env = {"x": 10, "y": 4}
for p in prog:
    try:
        print(ev(p, env))
    except (NameError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

def classify(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case [x, y] if x == y:
            return "pair-eq"
        case [x, [y, *rest]]:
            return f"nested {x} {y} {rest}"
        case (a, b, c):
            return f"triple {a}{b}{c}"
        case {}:
            return "mapping"
        case "":
            return "empty string"
        case str(x) if len(x) > 3:
            return "long str"
        case -1:
            return "minus one"
        case 1.5 | 2j:
            return "odd literal"
        case range():
            return "range"
        case _:
            return "other"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, [5, 5], [1, [2, 3, 4]], "abc", (1, 2, 3), {"k": 1},
          "", "hello", -1, 1.5, 2j, range(3), [1, 2], {1, 2}, "ab"]:
    print(repr(v), "->", classify(v))
import sys
match sys.version_info:
    case (3, minor, *_) if minor >= 10:
        print("py3 modern")
    case _:
        print("old")
class P:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
try:
    match P():
        case P(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
