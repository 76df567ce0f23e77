# A special method that has no __get__ (a callable instance, a builtin function such as
# len or repr) is called without the instance, as CPython's implicit look-up does; a
# builtin function as a class attribute does not bind on attribute access either.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Fn:
    def __init__(self, tag):
        self.tag = tag
    def __call__(self, *a):
        return (self.tag, a)

class K:
    __getitem__ = Fn("getitem")
    __len__ = Fn("len")
    __iter__ = Fn("iter")
    __eq__ = Fn("eq")
    __hash__ = None
    __add__ = Fn("add")
    __neg__ = Fn("neg")
    __call__ = Fn("call")
k = K()
print(k[0], k + 1, -k, k == 1, k(5, 6))
show(lambda: len(k))
show(lambda: iter(k))
show(lambda: hash(k))

class B:
    __repr__ = repr
    __len__ = len
    __str__ = str
    __getitem__ = len
    __contains__ = bool
    __bool__ = callable
    f = len
    g = str.upper
show(lambda: repr(B()))
show(lambda: str(B()))
show(lambda: len(B()))
print(B()["abcd"], 0 in B(), 5 in B(), B.f, B().f, B().f("xyz"), B.g is str.upper)
show(lambda: bool(B()))
show(lambda: B().f())

class Named:
    __set_name__ = staticmethod(lambda owner, name: print("set_name", owner.__name__, name))
class Owner:
    x = Named()

class Base:
    __init_subclass__ = staticmethod(lambda **kw: print("init_subclass", kw))
    __class_getitem__ = staticmethod(lambda k: ("class_getitem", k))
class Sub(Base, flag=1):
    pass
print(Base[int], Sub["x"])

class Dir:
    __dir__ = staticmethod(lambda: ["b", "a"])
print(dir(Dir()))

class Await:
    __await__ = staticmethod(lambda: iter([]))
class AsyncIterable:
    __aiter__ = staticmethod(lambda: Countdown())
class Countdown:
    n = 2
    __aiter__ = None
    async def __anext__(self):
        if Countdown.n == 0:
            raise StopAsyncIteration
        Countdown.n -= 1
        return Countdown.n
class AsyncManager:
    __aenter__ = staticmethod(lambda: Await())
    __aexit__ = staticmethod(lambda *a: Await())
async def main():
    print("await", await Await())
    async for i in AsyncIterable():
        print("async for", i)
    async with AsyncManager() as v:
        print("async with", v)
try:
    main().send(None)
except StopIteration:
    print("done")

class Finalized:
    __del__ = staticmethod(lambda: print("__del__ ran"))
f = Finalized()
del f

# Builtin functions a class sets itself are called too (without the instance), where the
# inherited builtin method would be skipped.
class PrintInit:
    __init__ = print
PrintInit("print", "as", "__init__")
class FormatWith:
    __format__ = format
print(format(FormatWith(), "spec"), f"{FormatWith():>4}")
class LenHash:
    __hash__ = len
show(lambda: hash(LenHash()))
collected = []
class AppendInit:
    __init__ = collected.append
AppendInit(5)
print(collected)
class PrintMeta(type):
    __call__ = print
class Printed(metaclass=PrintMeta):
    pass
Printed("metaclass", "__call__")
