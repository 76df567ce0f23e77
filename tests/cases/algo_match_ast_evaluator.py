# An expression language whose AST is made of small classes with __match_args__; evaluation,
# constant folding, simplification and pretty printing are all written with match statements
# (class, sequence, mapping, literal, or and guard patterns).
class Num:
    __match_args__ = ("value",)
    def __init__(self, value): self.value = value
class Var:
    __match_args__ = ("name",)
    def __init__(self, name): self.name = name
class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right): self.op, self.left, self.right = op, left, right
class Call:
    __match_args__ = ("func", "args")
    def __init__(self, func, args): self.func, self.args = func, args
class Let:
    __match_args__ = ("name", "value", "body")
    def __init__(self, name, value, body): self.name, self.value, self.body = name, value, body

def show(node):
    match node:
        case Num(v) if v < 0:
            return "(%s)" % v
        case Num(v):
            return str(v)
        case Var(name):
            return name
        case BinOp(op, left, right):
            return "(%s %s %s)" % (show(left), op, show(right))
        case Call(func, []):
            return func + "()"
        case Call(func, [*args]):
            return "%s(%s)" % (func, ", ".join(map(show, args)))
        case Let(name, value, body):
            return "let %s = %s in %s" % (name, show(value), show(body))
    raise TypeError("cannot show %r" % (node,))

def simplify(node):
    match node:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case ("+", Num(0), x) | ("+", x, Num(0)) | ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", x, y) if isinstance(x, Var) and isinstance(y, Var) and x.name == y.name:
                    return Num(0)
                case (("+" | "-" | "*") as o, Num(a), Num(b)):
                    return Num({"+": a + b, "-": a - b, "*": a * b}[o])
                case _:
                    return BinOp(op, left, right)
        case Call(func, args):
            return Call(func, [simplify(a) for a in args])
        case Let(name, value, body):
            return Let(name, simplify(value), simplify(body))
        case _:
            return node

FUNCS = {"max": max, "min": min, "abs": abs, "neg": lambda x: -x}

def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case Var(name):
            match env:
                case {**rest} if name in rest:
                    return rest[name]
            raise NameError("unbound variable %s" % name)
        case BinOp("/", _, right) if evaluate(right, env) == 0:
            raise ZeroDivisionError("division by zero in " + show(node))
        case BinOp(op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]
        case Call(name, args) if name in FUNCS:
            return FUNCS[name](*(evaluate(a, env) for a in args))
        case Call(name, _):
            raise NameError("unknown function %s" % name)
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
    raise TypeError("bad node %r" % type(node).__name__)

def from_data(data):
    match data:
        case int() | float() as n:
            return Num(n)
        case str(name):
            return Var(name)
        case {"let": str(name), "=": value, "in": body}:
            return Let(name, from_data(value), from_data(body))
        case [("+" | "-" | "*" | "/") as op, left, right]:
            return BinOp(op, from_data(left), from_data(right))
        case [str(func), *args]:
            return Call(func, [from_data(a) for a in args])
        case _:
            raise ValueError("cannot build AST from %r" % (data,))

programs = [
    ["+", 1, ["*", 2, 3]],
    ["*", ["+", "x", 0], 1],
    ["-", "y", "y"],
    ["*", ["max", 1, "x", 3], ["+", 2, 2]],
    {"let": "z", "=": ["*", "x", "x"], "in": ["+", "z", ["neg", -1]]},
    ["/", 10, ["-", "x", "x"]],
    ["/", 9, 4],
    ["+", "unknown", 1],
    ["frob", 1],
    ["min"],
    ["+", 1],
    {"let": 5},
]
env = {"x": 7, "y": 2}
for data in programs:
    try:
        ast = from_data(data)
        simple = simplify(ast)
        print("%-40s => %-24s = %r" % (show(ast), show(simple), evaluate(simple, env)))
    except (NameError, ZeroDivisionError, ValueError, TypeError) as e:
        print("%-40s !! %s: %s" % (str(data)[:40], type(e).__name__, e))
