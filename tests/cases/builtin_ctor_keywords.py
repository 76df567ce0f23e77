# Keyword arguments to the builtin constructors, called directly and through subclasses.
def t(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, type(e).__name__, e)

t("float", lambda: float(x=1))
t("int", lambda: int(x=1))
t("int base", lambda: int("10", base=2))
t("int base only", lambda: int(base=2))
t("tuple", lambda: tuple(iterable=1))
t("list", lambda: list(iterable=[]))
t("set", lambda: set(iterable=[]))
t("frozenset", lambda: frozenset(x=1))
t("dict", lambda: sorted(dict(a=1, iterable=2).items()))
t("dict pairs", lambda: sorted(dict([("k", 0)], k=1).items()))
t("str object", lambda: str(object=1))
t("str encoding", lambda: str(b"a", encoding="ascii"))
t("str bad", lambda: str(x=1))
t("bytes", lambda: bytes(source=b""))
t("bytes bad", lambda: bytes(x=1))
t("bytearray", lambda: bytearray(source=b"ab"))
t("bool", lambda: bool(x=1))
t("complex", lambda: complex(real=1, imag=2))
t("complex bad", lambda: complex(x=1))
t("range", lambda: range(stop=1))
t("object", lambda: object(x=1))
t("slice", lambda: slice(stop=1))
t("enumerate", lambda: list(enumerate(iterable="ab", start=1)))
t("float count", lambda: float(1, 2))

class F(float): pass
t("F", lambda: F(x=1))
class FInit(float):
    def __init__(self, *a, **k): pass
t("FInit", lambda: FInit(1.0, x=1))
class TInit(tuple):
    def __init__(self, *a, **k): pass
t("TInit", lambda: TInit([1], x=1))
class FsInit(frozenset):
    def __init__(self, *a, **k): pass
t("FsInit", lambda: sorted(FsInit([1], x=1)))
class IInit(int):
    def __init__(self, *a, **k): pass
t("IInit", lambda: IInit(1, x=1))
class SInit(str):
    def __init__(self, *a, **k): pass
t("SInit", lambda: SInit("a", x=1))
class L(list):
    def __init__(self, *a, **k):
        super().__init__(*a)
        self.k = k
t("L", lambda: (L([1], x=1), L([1], x=1).k))
class L2(list): pass
t("L2", lambda: L2(iterable=[1]))
t("L2 kw", lambda: L2([1], x=1))
class D(dict): pass
t("D", lambda: D(a=1))
class I(int): pass
t("I", lambda: I(x=1))
t("I base", lambda: I("11", base=2))
class T(tuple): pass
t("T", lambda: T(iterable=[1]))
class S(str): pass
t("S", lambda: S(object=5))
class St(set): pass
t("St", lambda: St(iterable=[1]))
class StInit(set):
    def __init__(self, *a, **k): super().__init__(*a)
t("StInit", lambda: StInit([1], x=1))
class Fs(frozenset): pass
t("Fs", lambda: Fs(x=1))
class Tn(tuple):
    def __new__(cls, *a, **k): return super().__new__(cls, a)
t("Tn", lambda: Tn(1, 2, z=3))
class B(bytes): pass
t("B", lambda: B(source=b"x"))
class Ln(list):
    def __new__(cls, *a, **k):
        return super().__new__(cls)
t("Ln", lambda: Ln([1, 2], x=1))
class Sn(set):
    def __new__(cls, *a, **k):
        return super().__new__(cls)
t("Sn", lambda: Sn([1], x=1))
