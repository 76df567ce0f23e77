# Item assignment and deletion share one slot: a class with only __delitem__ (or only
# __setitem__) has it, and the missing method is an AttributeError, not the "does not
# support" TypeError of a class with neither. type() refuses a base with __mro_entries__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class OnlyDel:
    def __delitem__(self, k):
        print("delitem", k)


class OnlySet:
    def __setitem__(self, k, v):
        print("setitem", k, v)


class Neither:
    def __getitem__(self, k):
        return k


def assign(o, k):
    o[k] = 1


def delete(o, k):
    del o[k]


def augment(o, k):
    o[k] += 1


for o in [OnlyDel(), OnlySet(), Neither()]:
    name = type(o).__name__
    t(name + " assign", lambda: assign(o, 0))
    t(name + " assign slice", lambda: assign(o, slice(1, 2)))
    t(name + " del", lambda: delete(o, 0))
    t(name + " del str key", lambda: delete(o, "k"))
    t(name + " augment", lambda: augment(o, 0))


class Entries:
    def __mro_entries__(self, bases):
        return (int,)


class Plain:
    pass


t("class statement", lambda: [c.__name__ for c in type("x", (), {}).__mro__] and
  [c.__name__ for c in (lambda b: type.__call__(type, "Q", (b,), {}))(int).__mro__])
ns = {"b": Entries()}
exec("class Q(b): pass", ns)
print("resolved bases", [c.__name__ for c in ns["Q"].__bases__], ns["Q"].__orig_bases__[0].__class__.__name__)
t("type() with entries", lambda: type("Q", (Entries(),), {}))
p = Plain()
p.__mro_entries__ = lambda bases: (int,)
t("type() with instance entries", lambda: type("Q", (p,), {}))
t("type() plain object", lambda: type("Q", (Plain(),), {}))
