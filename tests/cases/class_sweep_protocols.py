# Object-model corners: default __ne__, super() reprs and errors, attribute-name checks,
# type() argument checks, a metaclass's own mro(), numbers against subclass instances.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class EqOnly:
    def __eq__(self, o): return "eq!"
print(EqOnly() == 1, EqOnly() != 1, 1 != EqOnly(), object.__ne__(1, 2), object.__ne__(EqOnly(), 3))
class NotImpl:
    def __eq__(self, o):
        print("NotImpl.__eq__")
        return NotImplemented
print(NotImpl() != 1)

class B: pass
class C(B):
    def m(*args): return super().__class__
t("super repr", lambda: repr(super(B, C())))
t("super unbound", lambda: repr(super(B)))
t("super no args", lambda: C().m())

t("setattr name", lambda: object.__setattr__(C(), 1, 2))
t("getattribute name", lambda: object.__getattribute__(C(), 5))
t("delattr name", lambda: object.__delattr__(C(), None))
t("setattr on type", lambda: object.__setattr__(int, "a", 1))
t("delattr on type", lambda: object.__delattr__(C, "m"))

t("type.__new__", lambda: type.__new__(1, "x", (), {}))
t("type.__init__ 4", lambda: type.__init__(C, 1, 2, 3, 4))
t("type.__init__ 2", lambda: type.__init__(C, 1, 2))
t("type.__init__ kw", lambda: type.__init__(C, 1, x=1))
t("type.__init__ ok", lambda: type.__init__(C, "C", (), {}))
t("qualname int", lambda: type("x", (), {"__qualname__": 1}))
t("qualname str", lambda: type("x", (), {"__qualname__": "a.b"}).__qualname__)
t("nul name", lambda: type("x\0y", (), {}))

class FlatMeta(type):
    def mro(cls):
        return [cls, object]
class Flat(dict, metaclass=FlatMeta): pass
t("custom mro", lambda: [k.__name__ for k in Flat.__mro__])
class BadMeta(type):
    def mro(cls): return (cls, 1)
t("bad mro", lambda: BadMeta("W", (), {}))
class IterMeta(type):
    def mro(cls): return iter([cls, B, object])
t("iter mro", lambda: [k.__name__ for k in IterMeta("I", (), {}).__mro__])

class MI(int):
    def __radd__(s, o): return "MI.radd"
    def __gt__(s, o): return "MI.gt"
class MF(float):
    def __rmul__(s, o): return "MF.rmul"
    def __lt__(s, o): return "MF.lt"
class MS(str):
    def __rmod__(s, o): return "MS.rmod"
for label, f in [("1.5+MI", lambda: 1.5 + MI(2)), ("1+MI", lambda: 1 + MI(2)),
                 ("True+MI", lambda: True + MI(2)), ("1.5<MI", lambda: 1.5 < MI(2)),
                 ("1<MI", lambda: 1 < MI(2)), ("2*MF", lambda: 2 * MF(1)),
                 ("2.0*MF", lambda: 2.0 * MF(1)), ("3>MF", lambda: 3 > MF(1)),
                 ("1j<MF", lambda: 1j < MF(1)), ("%s % MS", lambda: "%s" % MS("x")),
                 ("MS % 1", lambda: MS("%d") % 1)]:
    t(label, f)
