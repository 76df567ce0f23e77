# math functions read a real argument through __float__ or __index__ with the same
# result checks as float() and operator.index: subclasses warn, other types refuse.
import math


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class FloatSub(float):
    pass


class IntSub(int):
    pass


class F:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for v in [2.5, FloatSub(2.5), 3, "x", None]:
    t("floor __float__ %r" % (v,), lambda: math.floor(F(v)))
    t("sqrt __float__ %r" % (v,), lambda: math.sqrt(F(v)))
for v in [4, IntSub(4), True, 2.5, FloatSub(2.5), "x"]:
    t("floor __index__ %r" % (v,), lambda: math.floor(I(v)))
    t("sqrt __index__ %r" % (v,), lambda: math.sqrt(I(v)))
