# A calculator with a tokenizer, a Pratt (precedence-climbing) parser producing an AST of
# tuples, an evaluator with variables and functions, and error reporting.
TOKEN_KINDS = ("num", "name", "op", "end")

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] in "._"):
                j += 1
            tokens.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif src.startswith("**", i) or src.startswith("//", i):
            tokens.append(("op", src[i:i + 2]))
            i += 2
        elif ch in "+-*/%^(),=":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("unexpected character %r at %d" % (ch, i))
    tokens.append(("end", None))
    return tokens

BINARY = {"=": (1, "right"), "+": (10, "left"), "-": (10, "left"), "*": (20, "left"), "/": (20, "left"),
          "//": (20, "left"), "%": (20, "left"), "**": (30, "right"), "^": (30, "right")}

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0
    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok
    def peek(self):
        return self.tokens[self.i]
    def parse(self, min_prec=0):
        left = self.prefix()
        while True:
            kind, val = self.peek()
            if kind != "op" or val not in BINARY:
                return left
            prec, assoc = BINARY[val]
            if prec < min_prec:
                return left
            self.next()
            right = self.parse(prec + 1 if assoc == "left" else prec)
            if val == "=":
                if left[0] != "var":
                    raise SyntaxError("cannot assign to %s" % left[0])
                left = ("assign", left[1], right)
            else:
                left = ("bin", "**" if val == "^" else val, left, right)
    def prefix(self):
        kind, val = self.next()
        if kind == "num":
            return ("num", val)
        if kind == "name":
            if self.peek() == ("op", "("):
                self.next()
                args = []
                if self.peek() != ("op", ")"):
                    while True:
                        args.append(self.parse())
                        if self.peek() == ("op", ","):
                            self.next()
                            continue
                        break
                self.expect(")")
                return ("call", val, args)
            return ("var", val)
        if (kind, val) == ("op", "-"):
            return ("neg", self.parse(25))
        if (kind, val) == ("op", "("):
            inner = self.parse()
            self.expect(")")
            return inner
        raise SyntaxError("unexpected %s %r" % (kind, val))
    def expect(self, op):
        if self.next() != ("op", op):
            raise SyntaxError("expected %r" % op)

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

FUNCS = {"sqrt": lambda v: v ** 0.5, "max": max, "min": min, "abs": abs, "gcd": gcd}
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "//": lambda a, b: a // b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}

def evaluate(node, env):
    tag = node[0]
    if tag == "num":
        return node[1]
    if tag == "var":
        if node[1] not in env:
            raise NameError("undefined variable %r" % node[1])
        return env[node[1]]
    if tag == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if tag == "neg":
        return -evaluate(node[1], env)
    if tag == "bin":
        return OPS[node[1]](evaluate(node[2], env), evaluate(node[3], env))
    if tag == "call":
        if node[1] not in FUNCS:
            raise NameError("unknown function %r" % node[1])
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    raise ValueError(tag)

env = {"pi": 3.14159}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "2 ^ 10", "-3 ** 2", "x = y = 4", "x * y + 1", "10 // 3 % 2",
         "sqrt(16) + max(1, 7, 3)", "gcd(12, 18) * -x", "1_000 * 2.5", "r = 2", "pi * r ** 2", "7 / 0", "z + 1",
         "foo(1)", "3 +", "(1 + 2", "4 = 5", "2 $ 3", "max()", "2 ** 100"]
for line in lines:
    try:
        ast = Parser(tokenize(line)).parse()
        print("%-24s = %r" % (line, evaluate(ast, env)))
    except (SyntaxError, NameError, ZeroDivisionError, ValueError, TypeError) as e:
        print("%-24s ! %s: %s" % (line, type(e).__name__, e))
print(sorted(env.items()))
print(Parser(tokenize("a = -b * (c + 2) ** 2")).parse())
