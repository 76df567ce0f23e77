# What an except* statement raises: unhandled parts and bare re-raises keep the original
# group's shape; exceptions raised in clauses join them in a new ExceptionGroup('').
def run(label, f):
    try:
        f()
        print(label, "-> nothing")
    except BaseException as e:
        print(label, "->", repr(e))
        return e

def orig():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2)])

def raise_new():
    try:
        raise orig()
    except* ValueError:
        raise KeyError("new")
e = run("new", raise_new)
print("  contexts:", repr(e.exceptions[0].__context__), e.exceptions[1].__context__, e.__context__)

def bare():
    try:
        raise orig()
    except* ValueError:
        raise
run("bare", bare)

def bare_both():
    try:
        raise orig()
    except* ValueError:
        raise
    except* TypeError:
        raise
run("bare both", bare_both)

def raise_e():
    try:
        raise orig()
    except* ValueError as e:
        raise e
run("raise e", raise_e)

def new_and_bare():
    try:
        raise orig()
    except* ValueError:
        raise KeyError(1)
    except* TypeError:
        raise
run("new and bare", new_and_bare)

def two_new():
    try:
        raise orig()
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise IndexError("i")
run("two new", two_new)

def naked_new():
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError(1)
run("naked new", naked_new)

def naked_bare():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
run("naked bare", naked_bare)

def leaf_raised():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        raise e.exceptions[0]
run("leaf", leaf_raised)

def nested_keep():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError:
        raise
    except* KeyError:
        pass
run("nested keep", nested_keep)

def with_notes(note, cause):
    try:
        g = orig()
        if note:
            g.add_note("n")
        if cause:
            g.__cause__ = OSError("c")
        raise g
    except* ValueError:
        raise
    except* TypeError:
        raise
r = run("notes", lambda: with_notes(True, False))
print("  notes kept", r.__notes__)
r = run("cause", lambda: with_notes(False, True))
print("  cause kept", repr(r.__cause__))

def changed_cause():
    try:
        raise orig()
    except* ValueError as e:
        e.__cause__ = KeyError()
        raise
run("changed cause", changed_cause)

def from_clause():
    try:
        raise orig()
    except* ValueError as e:
        raise RuntimeError("wrapped") from e
r = run("from", from_clause)
print("  cause:", repr(r.exceptions[0].__cause__))

def reraise_outer():
    try:
        try:
            raise orig()
        except* ValueError:
            print("  inner VE")
    except* TypeError as e:
        print("  outer TE", repr(e))
        raise OSError("outer")
run("outer", reraise_outer)

def in_finally():
    try:
        try:
            raise orig()
        except* ValueError:
            raise KeyError(0)
        finally:
            print("  finally runs")
    except ExceptionGroup as g:
        print("  plain except", repr(g))
run("finally", in_finally)
