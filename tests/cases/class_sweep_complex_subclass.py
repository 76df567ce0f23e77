# class C(complex): construction, arithmetic (results are plain complex), conversions and
# their errors naming the subclass, extra attributes, operator priority of an override.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class C(complex):
    def __repr__(self): return "C" + super().__repr__()
c = C(1, 2)
t("repr", lambda: c)
t("str", lambda: str(c))
t("format", lambda: f"{c:.1f}|{c!s}")
t("add", lambda: (c + 1, type(c + 1).__name__))
t("radd", lambda: (1 + c, 1.5 * c, c * c))
t("attrs", lambda: (c.real, c.imag, c.conjugate(), abs(C(3, 4))))
t("eq", lambda: (c == 1 + 2j, c != 1, hash(C(2)) == hash(2)))
t("isinstance", lambda: (isinstance(c, complex), type(c).__mro__))
t("from str", lambda: C("3+4j"))
t("bad", lambda: C("x"))
t("bad2", lambda: C(1, "x"))
t("complex()", lambda: (complex(c), type(complex(c)).__name__))
t("pow", lambda: c ** 2)
t("bool", lambda: (bool(C(0)), bool(c)))
t("neg", lambda: (-c, +c, type(-c).__name__))
t("order", lambda: c < c)
t("floordiv", lambda: c // 1)
t("int", lambda: int(c))
class D(complex):
    def __new__(cls, r=0, i=0, tag="t"):
        self = super().__new__(cls, r, i)
        self.tag = tag
        return self
    def __add__(self, o): return "D.add"
d = D(1, 1, tag="x")
t("D", lambda: (d, d.tag, d + 1, 1 + d, d.__dict__))
t("D kw", lambda: D(r=2))
t("complex kw", lambda: complex(real=1, imag=2))
class E(complex):
    def __complex__(self): return 5j
t("E", lambda: (complex(E(1)), E(1) + 0))
class F(complex):
    __slots__ = ()
t("F", lambda: F(2).__dict__ if hasattr(F(2), "__dict__") else "no dict")
t("mixed", lambda: type("M", (complex, int), {}))
t("mixed2", lambda: type("M", (float, complex), {}))
t("in", lambda: 1 in [C(1)])
t("dict key", lambda: {C(1): "x"}[1])
t("float", lambda: float(C(1)))
t("round", lambda: round(C(1)))
class NoIter:
    __iter__ = None
class BadIter:
    def __iter__(self): return 1
class Boom:
    def __iter__(self): raise KeyError("boom")
for obj in [NoIter(), BadIter(), Boom(), 5]:
    t("in " + type(obj).__name__, lambda: 1 in obj)
