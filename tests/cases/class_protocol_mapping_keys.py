# dict(), dict.update, {**m}, f(**m) and |= read a mapping through keys() and
# __getitem__; a keys() result that cannot be iterated is reported as such.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Boom(Exception):
    pass


class BadIter:
    def __iter__(self):
        return 5


class M:
    def __init__(self, keys):
        self.k = keys

    def keys(self):
        if isinstance(self.k, Exception):
            raise self.k
        return self.k

    def __getitem__(self, key):
        return key * 2


def update(m):
    d = {}
    d.update(m)
    return d


def ior(m):
    d = {}
    d |= m
    return d


for keys in [["a", "b"], ("a",), iter("xy"), None, 3, BadIter(), Boom("keys"), [1, 2]]:
    label = type(keys).__name__
    t("dict " + label, lambda: dict(M(keys)))
    t("update " + label, lambda: update(M(keys)))
    t("splat " + label, lambda: {**M(keys)})
    t("call " + label, lambda: (lambda **kw: kw)(**M(keys)))
    t("ior " + label, lambda: ior(M(keys)))
