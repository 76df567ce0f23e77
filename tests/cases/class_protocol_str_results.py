# A __repr__/__str__/__format__ that returns a str subclass's instance: where the result
# is that value alone (a bare '%s', '%r', '%a', '{}' or '{name}' field, f'{x}'), CPython
# hands the instance back itself; anywhere else its text is copied into a new str.
class S(str):
    pass


class X:
    def __repr__(self):
        print("  __repr__")
        return S("r")

    def __str__(self):
        return S("s")


class NonAscii:
    def __repr__(self):
        print("  __repr__")
        return S("\xe9")


class Fmt:
    def __format__(self, spec):
        return S("f" + spec)


def show(label, v):
    print(label, type(v).__name__, repr(v))


show("%s", "%s" % X())
show("%s tuple", "%s" % (X(),))
show("%r", "%r" % X())
show("%a", "%a" % X())
show("%a tuple", "%a" % (X(),))
show("%a non-ascii", "%a" % NonAscii())
show("x%a", "x%a" % X())
show("{}", "{}".format(X()))
show("{!r}", "{!r}".format(X()))
show("{a}", "{a}".format_map({"a": X()}))
show("{a:>3}", "{a:>3}".format_map({"a": Fmt()}))
show("{a}{a}", "{a}{a}".format_map({"a": Fmt()}))
show("f-string", f"{X()}")
show("format", format(Fmt(), "x"))
show("str", str(X()))
show("repr", repr(X()))
show("ascii", ascii(X()))


class Missing(dict):
    def __missing__(self, key):
        return key * 2


show("__missing__", "{ab}".format_map(Missing()))
for fmt in ["{0}", "{}", "{a}"]:
    try:
        fmt.format_map({})
    except Exception as e:
        print(fmt, type(e).__name__, e)
