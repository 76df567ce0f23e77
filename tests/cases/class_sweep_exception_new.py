# Exception subclasses with their own __new__ (BaseException.__init__ still sets args),
# BaseException.__new__ checks, and the args/str/repr of builtin exception families.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
class E1(Exception):
    def __init__(self, x): self.x = x
e = E1(5)
print(repr(e), str(e), e.args)
class E2(Exception):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
print(repr(E2(1, 2)), str(E2(1, 2)), E2(1, 2).args)
class E3(Exception):
    def __new__(cls, *a): 
        o = super().__new__(cls, "fixed"); return o
print(repr(E3(1, 2)), E3(1).args)
class E4(ValueError):
    def __str__(self): return "E4 str"
print(repr(E4("a")), str(E4("a")), f"{E4('a')}")
class E5(KeyError): pass
print(str(E5("k")), repr(E5("k")), str(E5()), str(E5(1, 2)))
class E6(OSError): pass
e6 = E6(2, "No such file")
print(repr(e6), str(e6), e6.errno, e6.strerror, type(OSError(2, "x")).__name__)
class E7(Exception):
    args = property(lambda s: ("custom",))
t(lambda: str(E7("x")))
t(lambda: E1())
t(lambda: E2(1))
t(lambda: Exception(x=1))
t(lambda: ValueError(1, x=2))
class E8(Exception):
    def __init__(self, **kw): super().__init__(); self.kw = kw
t(lambda: E8(a=1).kw)
t(lambda: BaseException.__new__(int))
e9 = Exception(1); e9.args = [1, 2]; print(e9.args, str(e9))
t(lambda: setattr(Exception(), "args", 1))
e10 = Exception(); e10.__traceback__ = None
t(lambda: setattr(Exception(), "__traceback__", 1))
t(lambda: setattr(Exception(), "__cause__", 1))
t(lambda: setattr(Exception(), "__context__", 1))
e11 = Exception(); e11.__cause__ = ValueError(); print(e11.__suppress_context__)
class StopIt(StopIteration): pass
print(StopIt(5).value, StopIteration().value, StopIteration(1, 2).value)
print(repr(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(KeyboardInterrupt.__mro__)
print([c.__name__ for c in ArithmeticError.__subclasses__()])
print(repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
t(lambda: UnicodeDecodeError("x"))
print(repr(SyntaxError("m", ("f", 1, 2, "t", 1, 3))), str(SyntaxError("m", ("f", 1, 2, "t"))))
print(str(ImportError("x", name="n")), ImportError("x", name="n").name)
t(lambda: ImportError(bad=1))
print(repr(AttributeError("a", name="n", obj=1)))
t(lambda: AttributeError("a", nme=1))
print(repr(NameError("a", name="n")), NameError("a", name="n").name)
class F3(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, "fixed"); return o
print(repr(F3(1, 2)), F3(1).args, F3().args)
class F4(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls)
try: F4(1, x=2)
except TypeError as e: print(e)
class F5(KeyError):
    def __new__(cls, *a): return super().__new__(cls, *a)
print(str(F5("k")), F5(1, 2).args)
class F6(AttributeError):
    def __new__(cls, *a, **k): return super().__new__(cls)
e = F6("m", name="n"); print(e.name, e.args)
class F7(Exception):
    def __new__(cls, *a): return ValueError("other")
print(repr(F7(1)))
