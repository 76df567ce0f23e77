# Attribute and item assignment errors: function attributes with the wrong type, module
# deletion, read-only containers, __getitem__-only objects and the old iteration protocol.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
class O: pass
o = O()
t(lambda: o[1])
t(lambda: o.__setitem__(1, 2))
def si(): o[1] = 2
def di(): del o[1]
t(si); t(di)
class RO:
    def __getitem__(self, k): return k
def si2(): RO()[1] = 2
def di2(): del RO()[1]
t(si2); t(di2)
t(lambda: RO()[1:2])
t(lambda: RO()[1:2:3, ...])
def tup():
    x = ([1],)
    x[0] += [2]
t(tup)
def tup2():
    x = ([1],)
    try:
        x[0] += [2]
    except TypeError: pass
    return x
t(tup2)
def strset():
    s = "abc"; s[0] = "x"
t(strset)
def strdel():
    s = "abc"; del s[0]
t(strdel)
def rangeset():
    r = range(3); r[0] = 1
t(rangeset)
def frozen():
    f = frozenset(); f.add(1)
t(frozen)
def bytes_set():
    b = b"ab"; b[0] = 1
t(bytes_set)
t(lambda: len)
t(lambda: len[0])
t(lambda: int[0])
def none_set():
    x = None; x[0] = 1
t(none_set)
def none_attr():
    x = None; x.a = 1
t(none_attr)
def int_attr():
    x = 1; x.real = 2
t(int_attr)
def func_attr():
    f = lambda: 0; f.__name__ = 1
t(func_attr)
def func_attr2():
    f = lambda: 0; f.x = 1; return f.x, f.__dict__
t(func_attr2)
def mod_attr():
    import sys; del sys.nonexistent
t(mod_attr)
class WithGetitem:
    def __getitem__(self, k):
        raise KeyError(k)
t(lambda: WithGetitem()["a"])
t(lambda: list(WithGetitem()))
class IdxErr:
    def __getitem__(self, k):
        if k < 2: return k
        raise IndexError
t(lambda: list(IdxErr()))
t(lambda: 5 in IdxErr())
class StopIterGetitem:
    def __getitem__(self, k):
        if k > 1: raise StopIteration
        return k
t(lambda: list(StopIterGetitem()))
def f(a=1, *, b=2): return a, b
for attr, v in [("__name__", 1), ("__qualname__", None), ("__defaults__", [1]), ("__kwdefaults__", 1), ("__defaults__", None), ("__kwdefaults__", None), ("__name__", "g"), ("__defaults__", (5,))]:
    try:
        setattr(f, attr, v); print(attr, getattr(f, attr))
    except Exception as e: print(type(e).__name__, e)
try: print(f())
except Exception as e: print(type(e).__name__, e)
print(f.__name__, f.__defaults__, f.__kwdefaults__)
import sys
try: del sys.nope
except AttributeError as e: print(e)
try: sys.nope
except AttributeError as e: print(e)
