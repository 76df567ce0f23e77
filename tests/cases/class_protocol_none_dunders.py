# A special method set to None is still found and called (only __hash__ = None and the
# iteration/containment methods have their own meaning): "'NoneType' object is not callable".
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Ops:
    __add__ = None
    __radd__ = None
    __eq__ = None
    __lt__ = None


class RightOnly:
    __radd__ = None


t("add", lambda: Ops() + 1)
t("radd", lambda: 1 + Ops())
t("radd only", lambda: 1 + RightOnly())
t("eq", lambda: Ops() == 1)
t("eq reflected", lambda: 1 == Ops())
t("ne via object.__ne__", lambda: Ops() != 1)
t("is", lambda: Ops() is None)
t("in list", lambda: Ops() in [1])
t("list.index", lambda: [1, 2].index(Ops()))
t("list.count", lambda: [1, 2].count(Ops()))
t("list.remove", lambda: [1].remove(Ops()))
t("lt", lambda: Ops() < Ops())
t("sorted", lambda: sorted([Ops(), Ops()]))
t("min", lambda: min(Ops(), Ops()))
t("sort key", lambda: sorted([2, 1], key=lambda v: Ops()))


class HashedEqNone:
    __eq__ = None

    def __hash__(self):
        return 1


t("dict lookup", lambda: {1: "a"}.get(HashedEqNone()))
t("set member", lambda: HashedEqNone() in {1})


class StaticEq:
    __eq__ = staticmethod(lambda a, b: "static")


t("static __eq__", lambda: StaticEq() == 1)
t("static __eq__ in", lambda: StaticEq() in [1])
