# raise, except and except* with wrong operands, exception groups, and the fields of the
# builtin exceptions: CPython's errors and messages.
class NotExc: pass
class E(Exception):
    def __init__(self, a): super().__init__(a)
class Bad(Exception):
    def __init__(self): raise ValueError("init fails")
class Weird(Exception):
    def __str__(self): return 5
srcs = [
 "raise 1", "raise NotExc", "raise NotExc()", "raise E", "raise E(1, 2)", "raise Bad", "raise ValueError from 1",
 "raise ValueError from NotExc", "raise ValueError from KeyError", "raise ValueError from None", "raise",
 "try:\n    raise KeyError(1)\nexcept NotExc:\n    pass", "try:\n    raise KeyError(1)\nexcept (KeyError, 1):\n    pass",
 "try:\n    raise KeyError(1)\nexcept (1, KeyError):\n    pass", "try:\n    1/0\nexcept* ZeroDivisionError as g:\n    print(repr(g))",
 "try:\n    raise ExceptionGroup('g', [KeyError(1)])\nexcept* ExceptionGroup:\n    pass",
 "try:\n    raise KeyError(1)\nexcept* (KeyError, BaseExceptionGroup):\n    pass",
 "ExceptionGroup('x', [])", "ExceptionGroup('x', [1])", "ExceptionGroup(1, [ValueError()])", "BaseExceptionGroup('x', [ValueError()])",
 "ExceptionGroup('x', [KeyboardInterrupt()])", "print(type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)",
 "raise StopIteration", "raise GeneratorExit", "e = ValueError(); e.__cause__ = 1", "e = ValueError(); e.__context__ = 'x'",
 "e = ValueError(); e.__traceback__ = 1", "e = ValueError(); e.args = 5; print(e.args)", "print(str(Weird()))",
 "ValueError().with_traceback(1)", "e = ValueError(); e.add_note(1)", "e = ValueError(); e.__notes__ = 1; e.add_note('x')",
 "raise KeyError('a', 'b')", "print(str(KeyError('a')), str(KeyError()), str(KeyError(1, 2)))",
 "print(repr(OSError(2, 'No such file')), OSError(2, 'x').errno, type(OSError(2, 'x')).__name__)",
 "print(str(UnicodeDecodeError('utf-8', b'ab', 0, 1, 'bad')))", "UnicodeDecodeError('utf-8')",
 "print(SyntaxError('m', ('f', 1, 2, 'txt', 1, 3)).args)", "print(StopIteration(5).value, SystemExit(3).code)",
]
for src in srcs:
    try:
        exec(src, {"NotExc": NotExc, "E": E, "Bad": Bad, "Weird": Weird})
        print(repr(src[:50]), "ok")
    except BaseException as e:
        try:
            msg = str(e)
        except Exception as e2:
            msg = "<str failed: %s>" % type(e2).__name__
        print(repr(src[:50]), type(e).__name__ + ":", msg, "| cause:", type(e.__cause__).__name__, "| ctx:", type(e.__context__).__name__)
