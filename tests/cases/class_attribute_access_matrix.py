# Reading, setting and deleting attributes of instances, classes, builtin values, builtin
# functions, modules and functions: results, or CPython's errors. (Builtin docstrings and a
# builtin function's writable __module__ are left out: tote keeps neither.)
class P:
    @property
    def ro(self): return 1
    def _g(self): return self._v
    def _s(self, v): self._v = v
    rw = property(_g, _s)
    nodel = property(_g, _s)
    wo = property(None, _s)
class S:
    __slots__ = ("a", "b")
    c = 5
class D:
    def __get__(self, o, t=None): return "D"
class K:
    d = D()
import types
targets = {"P()": P, "S()": S, "K()": K, "1": lambda: 1, "'s'": lambda: "s", "[1]": lambda: [1], "len": lambda: len,
           "P": lambda: P, "int": lambda: int, "None": lambda: None, "types": lambda: types, "object()": object,
           "f": lambda: (lambda: 0), "P().rw": None}
names = ["ro", "rw", "wo", "a", "c", "d", "x", "__class__", "__dict__", "__doc__", "__name__", "real", "__len__", "__qualname__", "__module__"]
for tname, mk in targets.items():
    if mk is None:
        continue
    for n in names:
        for act in ("get", "set", "del"):
            if (act == "get" and n == "__doc__" and tname not in ("P()", "S()", "K()", "P", "f")) or (tname == "len" and n == "__module__"):
                continue
            obj = mk()
            try:
                if act == "get":
                    r = getattr(obj, n)
                    r = repr(r)
                    if " at 0x" in r or "object at" in r: r = "<" + type(getattr(obj, n)).__name__ + ">"
                elif act == "set":
                    setattr(obj, n, 7); r = "set ok"
                else:
                    delattr(obj, n); r = "del ok"
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(tname, act, n, "->", r[:120])
