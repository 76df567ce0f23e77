# The read-only attributes of the builtin numbers and of property are getset or member
# descriptors: their type, repr, __get__, and the errors on writing them.


def attempt(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


real = int.__dict__["real"]
attempt("type", lambda: type(real).__name__)
attempt("repr", lambda: real)
attempt("get 5", lambda: real.__get__(5))
attempt("get True", lambda: real.__get__(True))
attempt("get None", lambda: real.__get__(None, int))
attempt("get str", lambda: real.__get__("x"))
attempt("set", lambda: real.__set__(5, 6))
attempt("set str", lambda: real.__set__("x", 6))
attempt("delete", lambda: real.__delete__(5))
attempt("name", lambda: real.__name__)
attempt("qualname", lambda: real.__qualname__)
attempt("objclass", lambda: real.__objclass__)
attempt("doc", lambda: real.__doc__)
attempt("class access", lambda: int.real)
attempt("is same", lambda: int.real is real)


def assign_real():
    (5).real = 3


def delete_imag():
    del (5).imag


def assign_float_imag():
    x = 1.5
    x.imag = 3


def assign_complex_imag():
    z = 1j
    z.imag = 3


attempt("assign real", assign_real)
attempt("del imag", delete_imag)
attempt("float imag", assign_float_imag)
attempt("complex imag", assign_complex_imag)

for owner, names in ((int, ("real", "imag", "numerator", "denominator")), (float, ("real", "imag")), (complex, ("real", "imag"))):
    for n in names:
        d = owner.__dict__[n]
        print(owner.__name__, n, type(d).__name__, d, d.__doc__)

attempt("complex get", lambda: complex.__dict__["imag"].__get__(2 + 3j))
attempt("complex get int", lambda: complex.__dict__["real"].__get__(2))
attempt("float get int", lambda: float.__dict__["real"].__get__(2))
attempt("numerator", lambda: int.__dict__["numerator"].__get__(7))
attempt("denominator", lambda: (7).denominator)
attempt("bool real", lambda: (True.real, True.imag, True.numerator))
attempt("float parts", lambda: (2.5.real, 2.5.imag))


class MyInt(int):
    pass


attempt("subclass real", lambda: (MyInt(4).real, type(MyInt(4).real).__name__))
attempt("subclass get", lambda: int.__dict__["real"].__get__(MyInt(9)))
attempt("hasattr set", lambda: hasattr(real, "__set__"))
attempt("callable", lambda: callable(real))

for n in ("fget", "fset", "fdel", "__isabstractmethod__"):
    d = property.__dict__[n]
    print("property", n, type(d).__name__, d, d.__doc__)
p = property(len)
attempt("fget", lambda: p.fget)
attempt("fset", lambda: p.fset)
attempt("isabstract", lambda: p.__isabstractmethod__)
attempt("assign fget", lambda: setattr(p, "fget", len))
attempt("fget of int", lambda: property.__dict__["fget"].__get__(3))
