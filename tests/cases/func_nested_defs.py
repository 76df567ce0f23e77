# Functions defined inside functions, recursion inside closures.
def make_fib():
    memo = {}
    def fib(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    return fib, memo

fib, memo = make_fib()
print(fib(60), len(memo))

def pipeline(*steps):
    def run(x):
        for s in steps:
            x = s(x)
        return x
    return run
print(pipeline(lambda x: x + 1, lambda x: x * 10, str)(4))

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(20)(300))

def conditional_def(flag):
    if flag:
        def f():
            return "defined in if"
    else:
        def f():
            return "defined in else"
    return f()
print(conditional_def(True), conditional_def(False))
