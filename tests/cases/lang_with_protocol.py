class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)
with CM("outer") as o, CM("inner") as i:
    print(o, i)
with (CM("p1") as p1,
      CM("p2") as p2):
    print(p1, p2)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def in_func():
    with CM("ret"):
        return "returned"
print(in_func())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterRaises():
        print("no body")
except OSError as e:
    print(type(e).__name__, e)
with CM("tuple") as (x):
    print(x)
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): return None
with Pair() as (a, b):
    print(a + b)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("truthy exit suppressed")
