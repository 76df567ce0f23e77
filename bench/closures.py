"""Closures and higher-order functions.

Three workloads built from functions that make functions:
  1. an arithmetic expression tree (generated from an LCG) is "compiled"
     into a tree of nested closures, then evaluated for many inputs --
     calls through cell variables, no classes;
  2. hand-written fold / map / filter / compose / partial application,
     driven with lambdas;
  3. a counting decorator with `*args`/`**kwargs` forwarding and
     `nonlocal` state, wrapped around a small function.

Usage: closures.py [INPUTS]   (default INPUTS = 12000)
"""
import sys

MOD = 1000003


def make_rng(seed):
    state = seed

    def rand(bound):
        nonlocal state
        state = (state * 22695477 + 1) % 4294967296
        return (state >> 10) % bound

    return rand


# --- 1. Expression trees compiled to closures -----------------------------

def const(c):
    return lambda x: c


def var():
    return lambda x: x


def add(f, g):
    return lambda x: (f(x) + g(x)) % MOD


def mul(f, g):
    return lambda x: (f(x) * g(x)) % MOD


def sub(f, g):
    return lambda x: (f(x) - g(x)) % MOD


def choose(cond, f, g):
    # if-then-else node: pick a branch from the parity of the condition
    def node(x):
        if cond(x) % 2:
            return f(x)
        return g(x)
    return node


def build(depth, rand):
    if depth == 0 or rand(5) == 0:
        return var() if rand(2) else const(rand(100))
    kind = rand(4)
    left = build(depth - 1, rand)
    right = build(depth - 1, rand)
    if kind == 0:
        return add(left, right)
    if kind == 1:
        return mul(left, right)
    if kind == 2:
        return sub(left, right)
    return choose(build(depth - 1, rand), left, right)


# --- 2. Home-made higher-order helpers ------------------------------------

def fold(f, acc, items):
    for x in items:
        acc = f(acc, x)
    return acc


def fmap(f, items):
    return [f(x) for x in items]


def keep(pred, items):
    return [x for x in items if pred(x)]


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def partial(f, *bound):
    def applied(*rest):
        return f(*bound, *rest)
    return applied


# --- 3. A decorator with state --------------------------------------------

def counting(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)

    def count():
        return calls

    wrapper.count = count
    return wrapper


@counting
def mix(a, b, scale=1):
    return (a * 31 + b * scale) % MOD


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12000
    rand = make_rng(11)

    # 1. Four compiled expressions evaluated at n points each.
    exprs = [build(7, rand) for _ in range(4)]
    expr_sum = 0
    for f in exprs:
        for x in range(n):
            expr_sum = (expr_sum + f(x)) % MOD

    # 2. Pipelines of small lambdas over lists.
    inc = lambda x: x + 1
    double = lambda x: x * 2
    square_mod = lambda x: x * x % MOD
    pipeline = compose(square_mod, double, inc)
    add3 = partial(lambda a, b, c: a + b + c, 1, 2)
    ho_sum = 0
    data = list(range(n))
    for k in range(12):
        mapped = fmap(pipeline, data)
        odd = keep(lambda v: v % 2 == 1 or v % 7 == k % 7, mapped)
        ho_sum = fold(lambda a, v: (a * 3 + add3(v)) % MOD, ho_sum, odd)

    # 3. Decorated calls, positional and keyword.
    acc = 0
    for i in range(n * 10):
        acc = mix(acc, i) if i % 3 else mix(acc, i, scale=5)

    # Closures capturing loop variables through default arguments.
    adders = [lambda x, k=k: x + k for k in range(10)]
    adder_sum = sum(f(100) for f in adders)

    print(f"expressions {expr_sum}")
    print(f"higher-order {ho_sum}")
    print(f"decorated {acc} after {mix.count()} calls")
    print(f"adders {adder_sum}")


if __name__ == "__main__":
    main()
