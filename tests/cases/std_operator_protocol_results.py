# operator.length_hint checks what __len__/__length_hint__ give as CPython's C code
# does; operator.index calls an __index__ set to None.
import operator


def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


class IntSub(int):
    pass


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


for v in [3, True, IntSub(4), 2**63, -2**63 - 1, -1, 1.5, NotImplemented,
          TypeError("means no hint"), KeyError("raised")]:
    t("length_hint %r" % (v,), lambda: operator.length_hint(Hint(v), 7))


class IndexNone:
    __index__ = None


class NoIndex:
    pass


t("index None", lambda: operator.index(IndexNone()))
t("index missing", lambda: operator.index(NoIndex()))
