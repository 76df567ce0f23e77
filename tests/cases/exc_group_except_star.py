# except*: each clause runs at most once on the matching subgroup; naked exceptions are
# wrapped; names are cleared; sys.exc_info() is the match; else and finally.
import sys

def run(label, f):
    try:
        f()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))

def two_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("  VE", repr(e), repr(sys.exc_info()[1]), e is sys.exc_info()[1])
    except* TypeError as e:
        print("  TE", repr(e))
run("two", two_clauses)

def unmatched_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("  VE", repr(e))
run("rest", unmatched_rest)

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  wrapped", repr(e), type(e).__name__, e.exceptions[0].__traceback__ is not None)
run("naked", naked)

def naked_miss():
    try:
        raise KeyError("naked")
    except* ValueError:
        print("  never")
run("naked miss", naked_miss)

def naked_base():
    try:
        raise KeyboardInterrupt("stop")
    except* KeyboardInterrupt as e:
        print("  base", repr(e), type(e).__name__)
run("naked base", naked_base)

def once_only():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        print("  first", repr(e))
    except* ValueError as e:
        print("  second", repr(e))
run("once", once_only)

def tuple_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* (ValueError, TypeError) as e:
        print("  tuple", repr(e))
    except* OSError:
        print("  os", repr(sys.exc_info()[1]))
run("tuple", tuple_clause)

def hierarchy():
    try:
        raise BaseExceptionGroup("beg", [KeyError(1), IndexError(2), SystemExit(3)])
    except* LookupError as e:
        print("  lookup", repr(e))
run("hierarchy", hierarchy)

def names():
    e = "before"
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        print("  bound", type(e).__name__)
    try:
        print(e)
    except NameError as err:
        print("  cleared:", type(err).__name__, err)
run("names", names)

def flow(raise_it):
    try:
        if raise_it:
            raise ExceptionGroup("eg", [ValueError(1)])
        print("  body ok")
    except* ValueError:
        print("  handled", sys.exc_info()[0].__name__)
    else:
        print("  else")
    finally:
        print("  finally", sys.exc_info()[0])
    print("  after")
run("flow no raise", lambda: flow(False))
run("flow raise", lambda: flow(True))

def finally_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  VE part")
    finally:
        print("  finally while", repr(sys.exc_info()[1]))
run("finally rest", finally_rest)

def context_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise KeyError(5)
        except KeyError as k:
            print("  inner context", repr(k.__context__))
    except* TypeError:
        pass
run("context", context_in_handler)
print("after all", sys.exc_info())

def gen():
    for i in range(3):
        try:
            if i % 2:
                raise ExceptionGroup("g", [ValueError(i)])
            yield i
        except* ValueError as e:
            yield repr(e)
print(list(gen()))
