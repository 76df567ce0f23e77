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
