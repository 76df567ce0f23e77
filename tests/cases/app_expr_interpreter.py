# A tokenizer, a recursive-descent parser and a match-based evaluator for arithmetic
# with variables and calls; errors (syntax, names, zero division) are reported per line.
class Token:
    __slots__ = ('kind', 'text', 'pos')
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self): return f"Token({self.kind}, {self.text!r}, {self.pos})"
class LexError(Exception): pass
def tokenize(src):
    i = 0; out = []
    while i < len(src):
        ch = src[i]
        if ch.isspace(): i += 1; continue
        if ch.isdigit() or (ch == '.' and src[i+1:i+2].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'): j += 1
            out.append(Token('NUM', src[i:j], i)); i = j; continue
        if ch.isalpha() or ch == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'): j += 1
            out.append(Token('NAME', src[i:j], i)); i = j; continue
        if src.startswith('**', i): out.append(Token('OP', '**', i)); i += 2; continue
        if ch in '+-*/()=,%': out.append(Token('OP', ch, i)); i += 1; continue
        raise LexError(f"bad char {ch!r} at {i}")
    out.append(Token('EOF', '', len(src)))
    return out
class Parser:
    def __init__(self, toks): self.toks = toks; self.i = 0
    def peek(self): return self.toks[self.i]
    def take(self, text=None):
        t = self.toks[self.i]
        if text is not None and t.text != text:
            raise SyntaxError(f"expected {text!r} got {t.text!r} at {t.pos}")
        self.i += 1; return t
    def stmt(self):
        if self.peek().kind == 'NAME' and self.toks[self.i+1].text == '=':
            name = self.take().text; self.take('='); return ('assign', name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek().text in ('+', '-'):
            op = self.take().text; node = (op, node, self.term())
        return node
    def term(self):
        node = self.power()
        while self.peek().text in ('*', '/', '%'):
            op = self.take().text; node = (op, node, self.power())
        return node
    def power(self):
        base = self.unary()
        if self.peek().text == '**':
            self.take(); return ('**', base, self.power())
        return base
    def unary(self):
        if self.peek().text == '-':
            self.take(); return ('neg', self.unary())
        return self.atom()
    def atom(self):
        t = self.take()
        if t.kind == 'NUM': return ('num', float(t.text) if '.' in t.text else int(t.text))
        if t.kind == 'NAME':
            if self.peek().text == '(':
                self.take(); args = []
                if self.peek().text != ')':
                    args.append(self.expr())
                    while self.peek().text == ',': self.take(); args.append(self.expr())
                self.take(')'); return ('call', t.text, args)
            return ('var', t.text)
        if t.text == '(':
            e = self.expr(); self.take(')'); return e
        raise SyntaxError(f"unexpected {t.text!r} at {t.pos}")
OPS = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
       '/': lambda a, b: a / b, '%': lambda a, b: a % b, '**': pow}
FUNCS = {'max': max, 'min': min, 'abs': abs, 'round': round}
def ev(node, env):
    match node:
        case ('num', v): return v
        case ('var', n):
            try: return env[n]
            except KeyError: raise NameError(f"name {n!r} is not defined") from None
        case ('neg', a): return -ev(a, env)
        case ('assign', n, e): env[n] = ev(e, env); return env[n]
        case ('call', f, args): return FUNCS[f](*[ev(a, env) for a in args])
        case (op, a, b): return OPS[op](ev(a, env), ev(b, env))
env = {}
for line in ['x = 3', 'y = x ** 2 ** 2', 'y / 4', '-x % 5', 'max(x, y, 7) - min(1, 2)', 'round(2.5) + round(3.14159, 2)',
             '(1 + 2) * (3', 'z + 1', '1 / 0', '2 $ 3', '10 % 0.0', 'abs(-2.5) * .5', '2 ** -1', '7 // 2']:
    try:
        print(f"{line:<28} => {ev(Parser(tokenize(line)).stmt(), env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError, LexError) as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(tokenize('a+1')[:2])
