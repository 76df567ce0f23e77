# str(), repr(), ascii(), format() and f-strings hand back the str subclass instance a
# class's __str__/__repr__/__format__ returned; conversions and concatenation do not.
class S(str):
    def shout(self):
        return self.upper() + "!"


class A:
    def __str__(self):
        return S("str-of-a")

    def __repr__(self):
        return S("repr-of-a")

    def __format__(self, spec):
        return S("fmt:" + spec)


class NonAscii:
    def __repr__(self):
        return S("caf\xe9")


a = A()
for label, v in [
    ("str", str(a)),
    ("repr", repr(a)),
    ("ascii", ascii(a)),
    ("ascii non-ascii", ascii(NonAscii())),
    ("format", format(a)),
    ("format spec", format(a, "x>5")),
    ("f !s", f"{a!s}"),
    ("f !r", f"{a!r}"),
    ("f joined", f"<{a}>"),
    ("str of S", str(S("q"))),
    ("repr of S", repr(S("q"))),
    ("format of S", format(S("q"))),
    ("concat", str(a) + ""),
]:
    print(label, type(v).__name__, v)

print(str(a).shout(), repr(a).shout(), format(a, "z").shout())
print(str(a) == "str-of-a", isinstance(str(a), str))


# A str subclass constructed from the object: the subclass, with the text of __str__.
class U(str):
    pass


u = U(a)
print(type(u).__name__, u)


class Bad:
    def __str__(self):
        return 42

    def __repr__(self):
        return b"x"

    def __format__(self, spec):
        return 1.5


for f in (str, repr, ascii, format, lambda o: f"<{o}>"):
    try:
        f(Bad())
    except TypeError as e:
        print("TypeError", e)


# A metaclass __str__ returning a subclass instance.
class Meta(type):
    def __str__(cls):
        return S("meta-str")


class WithMeta(metaclass=Meta):
    pass


print(type(str(WithMeta)).__name__, str(WithMeta))


# A format that is a single bare field gives what str()/repr()/format() gives.
class F:
    def __str__(self):
        return S("s")

    def __repr__(self):
        return S("r")

    def __format__(self, spec):
        return S("f" + spec)


o = F()
for label, v in [
    ("%s", "%s" % o),
    ("%r", "%r" % o),
    ("%s tuple", "%s" % (o,)),
    ("%s of S", "%s" % S("q")),
    ("%5s", "%5s" % o),
    ("x%s", "x%s" % o),
    ("{}", "{}".format(o)),
    ("{0}", "{0}".format(o)),
    ("{k}", "{k}".format(k=o)),
    ("{:x}", "{:x}".format(o)),
    ("{!s}", "{!s}".format(o)),
    ("{!r}", "{!r}".format(o)),
    ("x{}", "x{}".format(o)),
    ("{}{}", "{}{}".format(o, "")),
    ("{} int", "{}".format(5)),
    ("%s list", "%s" % [1]),
]:
    print(label, type(v).__name__, v)
for f in [lambda: "{}".format(), lambda: "{1}".format(1), lambda: "{k}".format(),
          lambda: "%s" % ()]:
    try:
        print(f())
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
