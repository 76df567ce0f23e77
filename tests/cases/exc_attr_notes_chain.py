# add_note and user-assigned __notes__, the checks on __cause__, __context__,
# __suppress_context__, __traceback__ and args, with_traceback, and `raise ... from`.
import sys

def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

e = ValueError("v")
show("add_note(1)", lambda: e.add_note(1))
show("add_note('a')", lambda: e.add_note("a"))
e.__notes__.append("b")
print(e.__notes__, hasattr(ValueError(), "__notes__"))
e.__notes__ = ["x"]
e.add_note("y")
print(e.__notes__)
e.__notes__ = "not a list"
show("add_note on str notes", lambda: e.add_note("z"))
e2 = KeyError("k")
e2.__notes__ = ("tuple",)
show("add_note on tuple notes", lambda: e2.add_note("q"))
show("cause = 1", lambda: setattr(ValueError(), "__cause__", 1))
show("cause = class", lambda: setattr(ValueError(), "__cause__", ValueError))
show("context = 'x'", lambda: setattr(ValueError(), "__context__", "x"))
e3 = ValueError()
e3.__cause__ = TypeError("c")
print(e3.__suppress_context__, repr(e3.__cause__))
e3.__cause__ = None
print(e3.__suppress_context__, e3.__cause__)
show("suppress = 0", lambda: setattr(e3, "__suppress_context__", 0))
e3.__suppress_context__ = False
print(e3.__suppress_context__)
show("traceback = 1", lambda: setattr(ValueError(), "__traceback__", 1))
show("with_traceback(None)", lambda: ValueError("w").with_traceback(None))
show("with_traceback(1)", lambda: ValueError().with_traceback(1))
e5 = BaseException(1)
e5.args = [1, 2]
print(e5.args)
e5.args = "ab"
print(e5.args)
show("args = 5", lambda: setattr(BaseException(), "args", 5))
def raise_from(cause):
    raise ValueError("a") from cause
for cause in [TypeError, TypeError("t"), None, 5, int, object()]:
    try:
        raise_from(cause)
    except ValueError as ex:
        print("cause", repr(ex.__cause__), ex.__suppress_context__)
    except TypeError as ex:
        print("TypeError", ex)
try:
    raise 5
except TypeError as ex:
    print("TypeError", ex)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as ex:
    print(repr(ex.__context__), ex.__suppress_context__, ex.__cause__)
for notes in [["a", 1, "multi\nline"], ("t1", "t2"), [], "ab"]:
    ex = ValueError("shown")
    ex.__notes__ = notes
    sys.excepthook(ValueError, ex, None)
    sys.stderr.flush()
