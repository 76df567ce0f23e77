# When iterating fails midway, what CPython had done before the failure stays done: list
# extend and += keep the items already taken, dict.update the pairs already set; sorting,
# unpacking, map and zip leave what CPython leaves.
def gen():
    yield 1; yield 2
    raise ValueError("mid")
l = [0]
try:
    l.extend(gen())
except ValueError:
    print("extend", l)
l = [0]
try:
    l += gen()
except ValueError:
    print("iadd", l)
d = {}
try:
    d.update((k, k) for k in gen())
except ValueError:
    print("update", d)
s = set()
try:
    s.update(gen())
except ValueError:
    print("set update", s)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3: raise TypeError("cmp fail")
        return self.v < o.v
    def __repr__(self): return f"K{self.v}"
l = [K(5), K(1), K(4), K(2), K(3), K(0)]
try:
    l.sort()
except TypeError:
    print("sort partial", l)
l = [5, 1, 4, 2, 3]
def key(x):
    if x == 2: raise KeyError("k")
    return -x
try:
    l.sort(key=key)
except KeyError:
    print("key fail", l)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(9) or x)
except ValueError as e:
    print(e, l)
d = {"a": 1}
try:
    d.update([("b", 2), ("c",)])
except ValueError as e:
    print(e, d)
try:
    dict.fromkeys(gen())
except ValueError:
    print("fromkeys")
lst = [1, 2, 3]
try:
    lst[1:2] = gen()
except ValueError:
    print("slice assign", lst)
try:
    x = [*gen()]
except ValueError:
    print("unpack")
ba = bytearray(b"ab")
try:
    ba.extend([1, 2, 300])
except ValueError as e:
    print(e, ba)
l = [1, 2]
try:
    l.extend([3, 4][i] for i in range(5))
except IndexError:
    print("extend idx", l)
s = "x"
try:
    ", ".join(["a", "b", 3])
except TypeError as e:
    print(e)
it = iter([1, 2, 3, 4])
try:
    a, b = it
except ValueError as e:
    print(e, list(it))
m = map(int, ["1", "x", "3"])
try:
    list(m)
except ValueError:
    print("map rest", list(m))
z = zip([1, 2, 3], gen())
try:
    list(z)
except ValueError:
    print("zip rest", list(z))


# More of the same: sets, bytearrays, slices, and dict.update pairs whose
# own iteration fails (that error passes through; a non-iterable pair is the TypeError).
def gen():
    yield "a"; yield "b"
    raise ValueError("mid")
s = set()
try:
    s |= set(gen())
except ValueError:
    print("set ior", s)
ba = bytearray()
def bgen():
    yield 1; yield 2
    raise ValueError("b")
try:
    ba.extend(bgen())
except ValueError:
    print("bytearray", ba)
l = []
try:
    l[0:0] = gen()
except ValueError:
    print("slice", l)
try:
    l.insert(0, next(gen()))
    print(l)
except ValueError:
    pass
d = {}
try:
    d.update(a=1, **{"b": 2})
    d.update({"c": 3}, d=4)
    print(d)
except ValueError:
    pass
def kv():
    yield ("x", 1)
    raise KeyError("kv")
try:
    d = dict(kv())
except KeyError:
    print("dict ctor")
d = {}
try:
    d.update(kv())
except KeyError:
    print("update kv", d)
try:
    d.update([("y", 2), 5])
except TypeError as e:
    print(e, d)
class It:
    def __iter__(self): return self
    def __next__(self): raise ValueError("in next")
try:
    d.update([("z", 3), It()])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e, d)
