# A tokenizer and recursive-descent evaluator: slots, properties, match on operators, int/float/bigint arithmetic and its errors.
# tokenizer + recursive-descent evaluator
import sys

class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind, text, pos):
        self.kind = kind; self.text = text; self.pos = pos
    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r}, {self.pos})"

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos

def tokenize(src):
    i = 0
    out = []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1; continue
        if c.isdigit() or (c == '.' and i + 1 < len(src) and src[i+1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] in '.eE_'):
                j += 1
            out.append(Token("num", src[i:j], i)); i = j; continue
        if c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            out.append(Token("name", src[i:j], i)); i = j; continue
        if src.startswith("**", i) or src.startswith("//", i):
            out.append(Token("op", src[i:i+2], i)); i += 2; continue
        if c in "+-*/%(),^":
            out.append(Token("op", c, i)); i += 1; continue
        raise ParseError(f"bad char {c!r}", i)
    out.append(Token("eof", "", len(src)))
    return out

class Parser:
    def __init__(self, toks, env):
        self.toks = toks; self.i = 0; self.env = env
    @property
    def cur(self):
        return self.toks[self.i]
    def eat(self, text=None):
        t = self.cur
        if text is not None and t.text != text:
            raise ParseError(f"expected {text!r} got {t.text!r}", t.pos)
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.cur.text in ("+", "-"):
            op = self.eat().text
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.unary()
        while self.cur.text in ("*", "/", "//", "%"):
            op = self.eat().text
            r = self.unary()
            match op:
                case "*": v *= r
                case "/": v /= r
                case "//": v //= r
                case "%": v %= r
        return v
    def unary(self):
        if self.cur.text == "-":
            self.eat(); return -self.unary()
        if self.cur.text == "+":
            self.eat(); return +self.unary()
        return self.power()
    def power(self):
        b = self.atom()
        if self.cur.text in ("**", "^"):
            self.eat()
            return b ** self.unary()
        return b
    def atom(self):
        t = self.cur
        if t.kind == "num":
            self.eat()
            try:
                return int(t.text)
            except ValueError:
                return float(t.text)
        if t.kind == "name":
            self.eat()
            if self.cur.text == "(":
                self.eat("(")
                args = [self.expr()]
                while self.cur.text == ",":
                    self.eat(); args.append(self.expr())
                self.eat(")")
                return self.env[t.text](*args)
            return self.env[t.text]
        if t.text == "(":
            self.eat(); v = self.expr(); self.eat(")"); return v
        raise ParseError(f"unexpected {t.text!r}", t.pos)

env = {"pi": 3.141592653589793, "max": max, "min": min, "abs": abs, "x": 10, "big": 2**70,
       "divmod": lambda a, b: a // b * 1000 + a % b, "round": round}
tests = ["1 + 2 * 3", "(1+2)*3", "2 ** 3 ** 2", "-2 ** 2", "7 // -2", "7 % -3", "-7.5 // 2",
         "1_000 + 1", "1e3 / 7", "max(1, x, 3) * pi", "big * big", "big // 3 % 1000007",
         "abs(-3.5) + min(4, 2)", "round(2.675, 2)", "round(7.5)", "1 / 0", "2 ^ 0.5", "(1 +", "3 $ 4", "foo",
         "0.1 + 0.2", "1e308 * 10", "-(2**63) // -1", "10 / 4", "2 ** -1", "(-8) ** (1/3)"]
for src in tests:
    try:
        toks = tokenize(src)
        p = Parser(toks, env)
        v = p.expr()
        if p.cur.kind != "eof":
            raise ParseError("trailing input", p.cur.pos)
        print(f"{src:<22} = {v!r}")
    except ParseError as e:
        print(f"{src:<22} ! ParseError: {e} (pos={e.pos})")
    except (ZeroDivisionError, KeyError, OverflowError) as e:
        print(f"{src:<22} ! {type(e).__name__}: {e}")
print(tokenize("a+b")[:2])
print(sys.getrecursionlimit() > 100)
