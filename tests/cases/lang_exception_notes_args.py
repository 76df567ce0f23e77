e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), repr(e), e.args)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
f = KeyError("k")
print(hasattr(f, "__notes__"))
print(repr(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)), str(Exception()), str(Exception("only")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
ex = OSError(2, "No such file")
print(ex.errno, ex.strerror, str(ex), type(ex).__name__, ex.args)
print(type(OSError(2, "x", "fname")).__name__, str(FileNotFoundError(2, "nf", "path.txt")))
s = StopIteration(5)
print(s.value, s.args)
si = SystemExit(3)
print(si.code, SystemExit().code, SystemExit(1, 2).code)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyErr(404, "missing")
except MyErr as m:
    print(m, repr(m), m.args, m.code)
err = Exception("a")
err.args = ("changed", 2)
print(err, err.args)
print(BaseException.__subclasses__().__len__() > 3, issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print([c.__name__ for c in FileNotFoundError.__mro__])
