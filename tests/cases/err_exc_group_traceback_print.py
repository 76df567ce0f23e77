# Exception groups as the default hook prints them: causes and contexts inside members,
# notes (multi-line, non-str, a non-list __notes__), nested and deep groups, width limit,
# except* re-raises, a recursion inside a member (the repeat count has no margin in 3.11).
import sys


def hook(e):
    sys.excepthook(type(e), e, e.__traceback__)
    print("----", file=sys.stderr)


def inner():
    raise ValueError("inner")


def outer():
    try:
        inner()
    except ValueError as e:
        raise TypeError("outer") from e


def recurse(n):
    if n == 0:
        raise IndexError(n)
    recurse(n - 1)


members = []
for f in (outer, lambda: recurse(6)):
    try:
        f()
    except Exception as e:
        members.append(e)
noted = KeyError("k")
noted.add_note("first note")
noted.add_note("two\nlines")
members.append(noted)
odd = ValueError("odd notes")
odd.__notes__ = [1, "text", b"raw"]
members.append(odd)
bad = ValueError("bad notes")
bad.__notes__ = "not a list"
members.append(bad)
sub = ExceptionGroup("sub", [OSError(2, "missing"), ZeroDivisionError("z")])
sub.add_note("group note")
members.append(sub)
try:
    try:
        raise RuntimeError("context")
    except RuntimeError:
        raise ExceptionGroup("chained", [LookupError()])
except ExceptionGroup as e:
    members.append(e)
top = ExceptionGroup("top", members)
hook(top)
deep = ValueError("leaf")
for level in range(11):
    deep = ExceptionGroup("L%d" % level, [deep, TypeError(level)] if level < 2 else [deep])
hook(deep)
hook(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
try:
    try:
        raise ExceptionGroup("handled", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError as t:
        raise AttributeError("from handler")
except ExceptionGroup as e:
    hook(e)
try:
    try:
        raise ExceptionGroup("first", [KeyError(1)])
    except ExceptionGroup:
        raise ExceptionGroup("second", [KeyError(2)]) from None
except ExceptionGroup as e:
    hook(e)
raise BaseExceptionGroup("final", [top.exceptions[1], KeyboardInterrupt()])
