# BaseExceptionGroup / ExceptionGroup: construction rules, messages, attributes.
def attempt(label, make):
    try:
        r = make()
        print(label, "->", type(r).__name__, repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

attempt("plain", lambda: ExceptionGroup("m", [ValueError(1), TypeError(2)]))
attempt("tuple", lambda: ExceptionGroup("m", (ValueError(1),)))
attempt("base->eg", lambda: BaseExceptionGroup("m", [ValueError(1)]))
attempt("base", lambda: BaseExceptionGroup("m", [KeyboardInterrupt(), ValueError()]))
attempt("nest base", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("msg int", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not seq", lambda: ExceptionGroup("m", 5))
attempt("set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("none", lambda: ExceptionGroup("m", None))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("item", lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt("class item", lambda: ExceptionGroup("m", [ValueError]))
attempt("str excs", lambda: ExceptionGroup("m", "ab"))
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("no args", lambda: ExceptionGroup())
attempt("three", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("kw excs", lambda: ExceptionGroup("m", excs=[ValueError()]))
attempt("kw extra", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("new int", lambda: BaseExceptionGroup.__new__(int, "x", [ValueError()]))
attempt("new eg", lambda: BaseExceptionGroup.__new__(ExceptionGroup, "x", [ValueError()]))
attempt("nested", lambda: ExceptionGroup("o", [ExceptionGroup("i", [ValueError()]), KeyError(3)]))

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, eg.args)
print(type(eg.args[1]).__name__, type(eg.exceptions).__name__)
print(str(eg), "|", str(ExceptionGroup("one", [ValueError()])), "|", str(ExceptionGroup("", [ValueError()])))
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, "x")
    except AttributeError as e:
        print("set", attr, e)
eg.extra = 5
print(eg.extra, eg.__cause__, eg.__context__, eg.__traceback__)
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, BaseExceptionGroup), isinstance(BaseExceptionGroup("x", [SystemExit()]), Exception))
eg.__init__("a", "b", "c")
print(eg.args, eg.message, str(eg))

class MyEG(ExceptionGroup):
    pass

class MyBEG(BaseExceptionGroup):
    pass

class Tagged(ExceptionGroup):
    def __new__(cls, msg, excs, tag):
        self = super().__new__(cls, msg, excs)
        self.tag = tag
        return self
    def __init__(self, msg, excs, tag):
        super().__init__(msg, excs)
    def __str__(self):
        return f"[{self.tag}] {self.message}"

attempt("myeg", lambda: MyEG("x", [ValueError()]))
attempt("myeg base", lambda: MyEG("x", [KeyboardInterrupt()]))
attempt("mybeg", lambda: MyBEG("x", [ValueError()]))
attempt("mybeg base", lambda: MyBEG("x", [KeyboardInterrupt()]))
t = Tagged("t", [ValueError()], "T1")
print(repr(t), str(t), t.tag, t.args)
print(ExceptionGroup[int])
try:
    raise MyEG("raised", [ValueError(1)])
except ExceptionGroup as e:
    print("caught", type(e).__name__, e)
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseExceptionGroup as e:
    print("caught base", e, e.exceptions)
