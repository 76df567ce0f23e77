# __call__ on instances and classes, and context managers: __enter__/__exit__ order,
# exception suppression, exceptions in __exit__, and nesting.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(x=2, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(Adder(100), [1, 2])), sorted([3, 1, 2], key=Adder(-10)))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0
    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
        else:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.hits, len(fib.cache))

# __call__ looked up on the type, not the instance
class NotCallable:
    pass
nc = NotCallable()
nc.__call__ = lambda: "instance attr"
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)

events = []
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        events.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        events.append("exit %s %s %s" % (self.name, exc_type.__name__ if exc_type else None, exc))
        return self.suppress

with Manager("a") as A, Manager("b", suppress=True) as B:
    events.append("body %s %s" % (A, B))
    raise ValueError("inner problem")
events.append("after with")
print(events)
events.clear()

try:
    with Manager("outer"):
        with Manager("inner"):
            raise KeyError("k")
except KeyError as e:
    events.append("caught %r" % e)
print(events)
events.clear()

# truthy non-bool return values suppress too
class TruthySuppress:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return "yes please"
with TruthySuppress():
    1 / 0
print("suppressed ZeroDivisionError")

# __exit__ raising replaces the original; the original becomes __context__
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# __enter__ raising means __exit__ is not called
class EnterRaises:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never printed")
try:
    with EnterRaises():
        pass
except OSError as e:
    print(type(e).__name__, e)

# break/continue/return go through __exit__ with None
def find(items):
    for i in items:
        with Manager("loop%d" % i):
            if i == 2:
                return i
            if i == 0:
                continue
    return None
print(find([0, 1, 2, 3]), events)
events.clear()

# missing protocol methods
class OnlyEnter:
    def __enter__(self):
        return 1
class OnlyExit:
    def __exit__(self, *a):
        pass
for obj in (OnlyEnter(), OnlyExit(), 42):
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

# the exception instance and traceback passed to __exit__
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t.__name__, v.args, type(tb).__name__, tb.tb_lineno > 0, v.__traceback__ is tb)
        return True
with Inspect():
    raise IndexError("i", 2)
