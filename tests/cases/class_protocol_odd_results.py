# What builtins do with odd results of __hash__, __int__, __index__ and friends: int
# subclasses accepted by value, TypeErrors turned into the caller's own message, other
# errors passed through, huge values clamped or refused as CPython does.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Boom(Exception):
    pass


class IntSub(int):
    def __hash__(self):
        return 999


class Hash:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


for v in [IntSub(3), IntSub(-1), IntSub(2**100), 2**100, -2**64 - 1, True, 1.5]:
    t("hash %r" % (v,), lambda: hash(Hash(v)))
t("dict key", lambda: {Hash(IntSub(7)): "a"}[Hash(IntSub(7))] if False else len({Hash(IntSub(7)): 1}))


class Int:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


class IndexNone:
    __index__ = None


for v in [4, 2.5, "x", None, Boom("int")]:
    t("%%d of __int__ %r" % (v,), lambda: "%d" % Int(v))
    t("%%i of __int__ %r" % (v,), lambda: "%i" % Int(v))
    t("b%%d of __int__ %r" % (v,), lambda: b"%d" % Int(v))
for v in [65, "x", Boom("index"), 2**100, -1]:
    t("%%x of __index__ %r" % (v,), lambda: "%x" % Index(v))
    t("%%c of __index__ %r" % (v,), lambda: "%c" % Index(v))
    t("slice.indices %r" % (v,), lambda: slice(Index(v)).indices(10))
    t("chr %r" % (v,), lambda: chr(Index(v)))
    t("bytes %r" % (v,), lambda: bytes([Index(v)]))
    t("bytearray set %r" % (v,), lambda: bytearray(b"a").__setitem__(0, Index(v)))
    t("list.index start %r" % (v,), lambda: [1, 2, 1].index(1, Index(v)))
    t("str.find start %r" % (v,), lambda: "abca".find("a", Index(v)))
    t("int base %r" % (v,), lambda: int("11", Index(v)))
t("%x of __index__ None", lambda: "%x" % IndexNone())
t("%d of __index__ None", lambda: "%d" % IndexNone())
t("slice.indices None", lambda: slice(IndexNone()).indices(3))
t("bytes huge", lambda: bytes([2**70]))
t("bytearray huge", lambda: bytearray([-2**70]))
t("append huge", lambda: bytearray().append(2**64))
t("chr 2**40", lambda: chr(2**40))
