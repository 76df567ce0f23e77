# property's docstring: taken from the getter when no doc is given, writable and
# deletable; a subclass of property keeps the getter's docstring in the instance dict.


def attempt(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


def documented(self):
    "getter doc"
    return 1


def bare(self):
    return 2


p = property(documented)
attempt("from getter", lambda: p.__doc__)
attempt("explicit", lambda: property(documented, doc="explicit").__doc__)
attempt("bare getter", lambda: property(bare).__doc__)
attempt("no getter", lambda: property().__doc__)
attempt("doc only", lambda: property(doc="only").__doc__)
p.__doc__ = "changed"
attempt("assigned", lambda: p.__doc__)
del p.__doc__
attempt("deleted", lambda: p.__doc__)
attempt("getter copy", lambda: property(documented).getter(bare).__doc__)
attempt("getter copy 2", lambda: property(bare).getter(documented).__doc__)
attempt("setter copy", lambda: property(documented).setter(bare).__doc__)
attempt("explicit kept", lambda: property(documented, doc="x").getter(bare).__doc__)


class P(property):
    pass


class Documented(property):
    "Documented class doc"


r = P(documented)
attempt("subclass", lambda: r.__doc__)
attempt("subclass vars", lambda: vars(r))
attempt("subclass bare", lambda: P(bare).__doc__)
attempt("subclass bare vars", lambda: vars(P(bare)))
attempt("subclass explicit", lambda: P(documented, doc="d").__doc__)
attempt("subclass explicit vars", lambda: vars(P(documented, doc="d")))
attempt("subclass no getter vars", lambda: vars(P(doc="d")))
attempt("doc'd subclass", lambda: Documented(documented).__doc__)
attempt("doc'd subclass bare", lambda: Documented(bare).__doc__)
attempt("doc'd subclass class doc", lambda: Documented(doc="z").__doc__)
r.__doc__ = "new"
attempt("subclass assigned", lambda: (r.__doc__, vars(r)))
r.__init__(bare, doc="again")
attempt("subclass re-init", lambda: (r.__doc__, vars(r)))
attempt("subclass copy", lambda: P(documented).getter(bare).__doc__)
attempt("subclass copy type", lambda: type(P(documented).getter(bare)).__name__)


class C:
    @property
    def x(self):
        "the x"
        return 5

    @x.setter
    def x(self, v):
        pass


attempt("decorated", lambda: C.x.__doc__)
attempt("decorated value", lambda: C().x)
attempt("set doc on class attr", lambda: setattr(C.x, "__doc__", "y") or C.x.__doc__)


class Slotted(property):
    __slots__ = ()


attempt("slotted subclass", lambda: Slotted(documented).__doc__)
attempt("slotted bare", lambda: Slotted(bare).__doc__)
attempt("slotted no getter", lambda: Slotted(doc="d").__doc__)


class Point:
    __slots__ = ("x",)
    kind = "point"


pt = Point()
attempt("slot class attr", lambda: setattr(pt, "kind", 1))
attempt("slot class attr del", lambda: delattr(pt, "kind"))
attempt("slot unknown", lambda: setattr(pt, "other", 1))
attempt("slot unknown del", lambda: delattr(pt, "other"))
attempt("slot member", lambda: (setattr(pt, "x", 3), pt.x))
