# A small Scheme-like interpreter: reader, environments with closures, special forms
# (define, lambda, if, let, begin, set!, quote), tail-call loop, and error messages.
class LispError(Exception):
    pass

class Symbol(str):
    pass

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()

def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)

class Env(dict):
    def __init__(self, names=(), values=(), outer=None):
        super().__init__(zip(names, values))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError("unbound symbol: " + name)

class Procedure:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name
    def __repr__(self):
        return "#<procedure %s/%d>" % (self.name, len(self.params))

def standard_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a, "*": lambda a, b: a * b,
                "/": lambda a, b: a / b if isinstance(a, float) or a % b else a // b, "<": lambda a, b: a < b,
                "=": lambda a, b: a == b, "car": lambda l: l[0], "cdr": lambda l: l[1:],
                "cons": lambda a, l: [a] + l, "list": lambda *a: list(a), "null?": lambda l: l == [],
                "length": len, "not": lambda v: v is False})
    return env

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("cannot evaluate ()")
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if op == "define":
            name, value = args
            env[name] = evaluate(value, env)
            if isinstance(env[name], Procedure):
                env[name].name = name
            return None
        if op == "set!":
            name, value = args
            env.find(name)[name] = evaluate(value, env)
            return None
        if op == "lambda":
            params, body = args
            return Procedure(params, body, env)
        if op == "let":
            bindings, body = args
            names = [b[0] for b in bindings]
            values = [evaluate(b[1], env) for b in bindings]
            x, env = body, Env(names, values, env)
            continue
        if op == "begin":
            for expr in args[:-1]:
                evaluate(expr, env)
            x = args[-1]
            continue
        proc = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(proc, Procedure):
            if len(vals) != len(proc.params):
                raise LispError("%s expects %d args, got %d" % (proc.name, len(proc.params), len(vals)))
            x, env = proc.body, Env(proc.params, vals, proc.env)
            continue
        if callable(proc):
            return proc(*vals)
        raise LispError("not a procedure: %r" % (proc,))

def to_str(v):
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    return str(v)

env = standard_env()
env["#t"], env["#f"] = True, False
program = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 20)
(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
(count 2000 0)
(define make-counter (lambda () (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n)))))
(define c1 (make-counter))
(begin (c1) (c1) (c1))
(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))
(map (lambda (x) (* x x)) '(1 2 3 4))
(let ((a 1) (b 2)) (list a b (+ a b)))
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(map fib '(0 1 2 3 4 5 6 7 8 9 10))
fact
(/ 7 2)
(/ 8 2)
(undefined-thing 1)
(fact 1 2)
(1 2 3)
(car '())
"""
for line in program.strip().splitlines():
    try:
        result = evaluate(read(tokenize(line)), env)
        if result is not None:
            print(to_str(result))
    except (LispError, IndexError) as e:
        print("error:", type(e).__name__, e)
for bad in ("(+ 1", ")", "", "(quote)"):
    try:
        print(to_str(evaluate(read(tokenize(bad)), env)))
    except (LispError, IndexError) as e:
        print("error:", type(e).__name__, e)
