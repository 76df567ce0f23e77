"""Tokenizer, recursive-descent parser and evaluator for a small expression language."""
from __future__ import annotations

import math
import operator
import string
from collections import namedtuple, ChainMap

Token = namedtuple("Token", "kind text pos")


class CalcError(Exception):
    def __init__(self, msg: str, pos: int = -1, source: str | None = None) -> None:
        super().__init__(msg)
        self.pos = pos
        self.source = source

    def render(self) -> str:
        if self.source is None or self.pos < 0:
            return f"error: {self}"
        return f"error: {self}\n  {self.source}\n  {' ' * self.pos}^"


class Lexer:
    SINGLE = {"+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "%": "PERCENT",
              "(": "LPAR", ")": "RPAR", ",": "COMMA", "=": "EQ", "^": "CARET", "?": "QUEST", ":": "COLON"}
    DOUBLE = {"**": "POW", "//": "FLOORDIV", "==": "EQEQ", "!=": "NE", "<=": "LE", ">=": "GE", "->": "ARROW"}

    def __init__(self, source: str) -> None:
        self.source = source

    def __iter__(self):
        src, i, n = self.source, 0, len(self.source)
        while i < n:
            ch = src[i]
            if ch in string.whitespace:
                i += 1
                continue
            if ch.isdigit() or (ch == "." and src[i + 1:i + 2].isdigit()):
                start = i
                while i < n and (src[i].isdigit() or src[i] in "._"):
                    i += 1
                if i < n and src[i] in "eE":
                    i += 1
                    if i < n and src[i] in "+-":
                        i += 1
                    while i < n and src[i].isdigit():
                        i += 1
                yield Token("NUM", src[start:i], start)
                continue
            if ch.isalpha() or ch == "_":
                start = i
                while i < n and (src[i].isalnum() or src[i] == "_"):
                    i += 1
                word = src[start:i]
                yield Token("KW" if word in ("let", "if", "then", "else", "fn", "and", "or", "not") else "NAME", word, start)
                continue
            two = src[i:i + 2]
            if two in self.DOUBLE:
                yield Token(self.DOUBLE[two], two, i)
                i += 2
                continue
            if ch in "<>":
                yield Token("LT" if ch == "<" else "GT", ch, i)
                i += 1
                continue
            if ch in self.SINGLE:
                yield Token(self.SINGLE[ch], ch, i)
                i += 1
                continue
            raise CalcError(f"unexpected character {ch!r}", i, src)
        yield Token("EOF", "", n)


class Node:
    __slots__ = ()
    fields: tuple[str, ...] = ()

    def __repr__(self) -> str:
        args = ", ".join(repr(getattr(self, f)) for f in self.__slots__)
        return f"{type(self).__name__}({args})"


class Num(Node):
    __slots__ = ("value",)

    def __init__(self, value: int | float) -> None:
        self.value = value


class Var(Node):
    __slots__ = ("name", "pos")

    def __init__(self, name: str, pos: int) -> None:
        self.name, self.pos = name, pos


class BinOp(Node):
    __slots__ = ("op", "left", "right")

    def __init__(self, op: str, left: Node, right: Node) -> None:
        self.op, self.left, self.right = op, left, right


class Unary(Node):
    __slots__ = ("op", "operand")

    def __init__(self, op, operand):
        self.op, self.operand = op, operand


class Call(Node):
    __slots__ = ("func", "args", "pos")

    def __init__(self, func, args, pos):
        self.func, self.args, self.pos = func, args, pos


class Cond(Node):
    __slots__ = ("test", "then", "other")

    def __init__(self, test, then, other):
        self.test, self.then, self.other = test, then, other


class Lambda(Node):
    __slots__ = ("params", "body")

    def __init__(self, params: list[str], body: Node) -> None:
        self.params, self.body = params, body


class Let(Node):
    __slots__ = ("name", "value")

    def __init__(self, name, value):
        self.name, self.value = name, value


class Parser:
    PREC = [("or",), ("and",), ("EQEQ", "NE", "LT", "GT", "LE", "GE"), ("PLUS", "MINUS"),
            ("STAR", "SLASH", "FLOORDIV", "PERCENT")]

    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = list(Lexer(source))
        self.i = 0

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def eat(self, kind: str, text: str | None = None) -> Token:
        t = self.tok
        if t.kind != kind or (text is not None and t.text != text):
            want = text or kind
            got = t.text or "end of input"
            raise CalcError(f"expected {want}, got {got!r}", t.pos, self.source)
        self.i += 1
        return t

    def match(self, kind, text=None):
        t = self.tok
        if t.kind == kind and (text is None or t.text == text):
            self.i += 1
            return t
        return None

    def parse(self) -> Node:
        if self.match("KW", "let"):
            name = self.eat("NAME").text
            self.eat("EQ")
            node = Let(name, self.expr())
        else:
            node = self.expr()
        self.eat("EOF")
        return node

    def expr(self) -> Node:
        if self.match("KW", "if"):
            test = self.expr()
            self.eat("KW", "then")
            then = self.expr()
            self.eat("KW", "else")
            return Cond(test, then, self.expr())
        if self.match("KW", "fn"):
            params = []
            while (t := self.match("NAME")) is not None:
                params.append(t.text)
            self.eat("ARROW")
            return Lambda(params, self.expr())
        return self.binary(0)

    def binary(self, level: int) -> Node:
        if level == len(self.PREC):
            return self.unary()
        left = self.binary(level + 1)
        while True:
            t = self.tok
            key = t.text if t.kind == "KW" else t.kind
            if key not in self.PREC[level]:
                return left
            self.i += 1
            left = BinOp(t.text, left, self.binary(level + 1))

    def unary(self) -> Node:
        if self.match("MINUS"):
            return Unary("-", self.unary())
        if self.match("KW", "not"):
            return Unary("not", self.unary())
        return self.power()

    def power(self) -> Node:
        base = self.call()
        if self.match("POW") or self.match("CARET"):
            return BinOp("**", base, self.unary())
        return base

    def call(self) -> Node:
        node = self.atom()
        while (lp := self.match("LPAR")) is not None:
            args = []
            if not self.match("RPAR"):
                args.append(self.expr())
                while self.match("COMMA"):
                    args.append(self.expr())
                self.eat("RPAR")
            node = Call(node, args, lp.pos)
        return node

    def atom(self) -> Node:
        t = self.tok
        if t.kind == "NUM":
            self.i += 1
            text = t.text.replace("_", "")
            try:
                return Num(int(text)) if text.isdigit() else Num(float(text))
            except ValueError:
                raise CalcError(f"bad number {t.text!r}", t.pos, self.source) from None
        if t.kind == "NAME":
            self.i += 1
            return Var(t.text, t.pos)
        if self.match("LPAR"):
            node = self.expr()
            self.eat("RPAR")
            return node
        raise CalcError(f"unexpected {t.text or 'end of input'!r}", t.pos, self.source)


class Closure:
    def __init__(self, params, body, env, name="<fn>"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __repr__(self):
        return f"<fn {self.name}/{len(self.params)}>"


BINOPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
          "//": operator.floordiv, "%": operator.mod, "**": operator.pow,
          "==": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt,
          "<=": operator.le, ">=": operator.ge}


def evaluate(node: Node, env: ChainMap, depth: int = 0):
    if depth > 200:
        raise CalcError("recursion too deep")
    match node:
        case Num(value=v):
            return v
        case Var(name=name, pos=pos):
            try:
                return env[name]
            except KeyError:
                raise CalcError(f"unknown name {name!r}", pos) from None
        case Unary(op="-", operand=x):
            return -evaluate(x, env, depth + 1)
        case Unary(op="not", operand=x):
            return not evaluate(x, env, depth + 1)
        case BinOp(op="and", left=l, right=r):
            return evaluate(l, env, depth + 1) and evaluate(r, env, depth + 1)
        case BinOp(op="or", left=l, right=r):
            return evaluate(l, env, depth + 1) or evaluate(r, env, depth + 1)
        case BinOp(op=op, left=l, right=r):
            a, b = evaluate(l, env, depth + 1), evaluate(r, env, depth + 1)
            try:
                return BINOPS[op](a, b)
            except ZeroDivisionError as e:
                raise CalcError(f"math error: {e}") from e
        case Cond(test=t, then=a, other=b):
            return evaluate(a if evaluate(t, env, depth + 1) else b, env, depth + 1)
        case Lambda(params=ps, body=body):
            return Closure(ps, body, env)
        case Let(name=name, value=value):
            v = evaluate(value, env, depth + 1)
            if isinstance(v, Closure):
                v.name = name
            env.maps[0][name] = v
            return v
        case Call(func=f, args=args, pos=pos):
            fn = evaluate(f, env, depth + 1)
            vals = [evaluate(a, env, depth + 1) for a in args]
            if isinstance(fn, Closure):
                if len(vals) != len(fn.params):
                    raise CalcError(f"{fn.name} takes {len(fn.params)} args, got {len(vals)}", pos)
                return evaluate(fn.body, fn.env.new_child(dict(zip(fn.params, vals))), depth + 1)
            if callable(fn):
                return fn(*vals)
            raise CalcError(f"{type(fn).__name__} is not callable", pos)
    raise CalcError(f"cannot evaluate {node!r}")


def main():
    builtins = {"pi": math.pi, "e": math.e, "sqrt": math.sqrt, "max": max, "min": min,
                "abs": abs, "hypot": math.hypot, "fact": math.factorial, "log": math.log}
    env = ChainMap({}, builtins)
    lines = [
        "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "7 // 2 + 7 % 3 - 1 / 4",
        "1_000 * 1.5e3", ".5 + 1.", "sqrt(16) + max(1, 9, 3)", "hypot(3, 4) == 5",
        "let sq = fn x -> x * x", "sq(12)", "let fib = fn n -> if n < 2 then n else fib(n - 1) + fib(n - 2)",
        "fib(15)", "let compose = fn f g -> fn x -> f(g(x))", "compose(sq, sq)(3)",
        "let add = fn a b -> a + b", "add(1)", "1 / 0", "2 +", "(1 + 2", "3 $ 4", "foo(1)",
        "fact(25)", "2 ** 100", "1 < 2 and 2 < 3 or 0", "not 1 == 2", "if 0 then 1 else if 1 then 2 else 3",
        "sq", "5(1)", "log(0)", "1e400 - 1e400", "let inf = fn x -> inf(x)", "inf(1)", "1..2",
    ]
    for line in lines:
        try:
            tree = Parser(line).parse()
            value = evaluate(tree, env)
        except CalcError as err:
            if err.source is None:
                err.source, err.pos = line, max(err.pos, 0) if err.pos >= 0 else -1
            print(f"{line:<45} {err.render()}")
            if err.__cause__ is not None:
                print(" " * 46 + f"cause: {type(err.__cause__).__name__}")
        except (ValueError, TypeError) as err:
            print(f"{line:<45} {type(err).__name__}: {err}")
        else:
            shown = f"{value:.6g}" if isinstance(value, float) else repr(value)
            print(f"{line:<45} = {shown}")
    print(Parser("if a then fn x -> -x ^ 2 else b(1)(2, 3)").parse())
    print(sorted(k for k in env.maps[0]), len(env), "pi" in env)
    print(CalcError.__init__.__annotations__, Node.__annotations__, evaluate.__annotations__)
    print(Parser.eat.__annotations__, Lambda.__init__.__annotations__)


main()
