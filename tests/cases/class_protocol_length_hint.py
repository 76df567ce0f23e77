# list(), tuple(), list.extend, [*x], f(*x) and sorted() ask a user object's __len__ or
# __length_hint__ before they iterate it, and check the answer; set() and min() do not.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class IntSub(int):
    pass


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __iter__(self):
        print("  __iter__")
        return iter([1, 2])

    def __length_hint__(self):
        print("  __length_hint__")
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint


for hint in [5, 0, -1, 2**100, True, IntSub(3), 1.5, "3", None, NotImplemented,
             TypeError("ignored"), ValueError("raised"), 2**62]:
    label = type(hint).__name__ if isinstance(hint, Exception) else repr(hint)
    t("list %s" % label, lambda: list(Hinted(hint)))
t("tuple", lambda: tuple(Hinted(-1)))
t("extend", lambda: [0].extend(Hinted("x")))
t("iadd", lambda: [0].__iadd__(Hinted(-5)))
t("star", lambda: [*Hinted(-1)])
t("call star", lambda: (lambda *a: a)(*Hinted(-1)))
t("sorted", lambda: sorted(Hinted(-1)))
t("set", lambda: sorted(set(Hinted(-1))))
t("min", lambda: min(Hinted(-1)))


class Sized:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter("ab")

    def __len__(self):
        print("  __len__")
        return self.n

    def __length_hint__(self):
        print("  never asked")
        return 0


for n in [2, -1, 2**100, "x"]:
    t("sized %r" % (n,), lambda: list(Sized(n)))
t("big range list", lambda: list(range(2**100)))
t("big range tuple", lambda: tuple(range(-2**100, 2**100)))
t("big bounds, few items", lambda: list(range(2**100, 2**100 + 3)))
