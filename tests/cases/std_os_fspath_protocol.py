# os.fspath and open() over __fspath__ results: str and bytes subclasses are paths as
# they are, a method set to None is called, open() names the file by its fspath.
import os


def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


class StrSub(str):
    pass


class BytesSub(bytes):
    pass


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


class NoneFspath:
    __fspath__ = None


class InstanceOnly:
    def __init__(self):
        self.__fspath__ = lambda: "x"


for v in ["/nonexistent/a", b"/nonexistent/b", StrSub("/nonexistent/c"),
          BytesSub(b"/nonexistent/d"), 3, None, ValueError("from __fspath__")]:
    t("fspath %r" % (v,), lambda: os.fspath(P(v)))
    t("open %r" % (v,), lambda: open(P(v)))
t("fspath str subclass", lambda: os.fspath(StrSub("s")))
t("fspath None method", lambda: os.fspath(NoneFspath()))
t("open None method", lambda: open(NoneFspath()))
t("fspath instance attribute", lambda: os.fspath(InstanceOnly()))
t("stat str subclass", lambda: os.stat(StrSub("/nonexistent/e")))
t("exists via subclass result", lambda: os.path.exists(P(StrSub("/"))))
t("join subclass result", lambda: os.path.join(P(StrSub("a")), "b"))
