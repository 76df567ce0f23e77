# __cause__, __context__, __suppress_context__, __traceback__ and with_traceback, set implicitly
# and explicitly, inspected without printing tracebacks.
def show(e):
    cause = type(e.__cause__).__name__ if e.__cause__ is not None else None
    ctx = type(e.__context__).__name__ if e.__context__ is not None else None
    print("%s(%s) cause=%s context=%s suppress=%s" % (type(e).__name__, e, cause, ctx, e.__suppress_context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("explicit") from ke
except RuntimeError as e:
    show(e)
    print(e.__cause__ is e.__context__)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)

# raise ... from a class instantiates it; from something else is an error
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    show(e)
    print(repr(e.__cause__))
try:
    raise ValueError("v") from 42
except TypeError as e:
    show(e)

# setting the attributes by hand
e = ValueError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
e.__context__ = IndexError("ctx")
show(e)
for bad in ("cause", "context"):
    try:
        setattr(e, "__%s__" % bad, "not an exception")
    except TypeError as err:
        print(type(err).__name__, err)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)

# context chains over several levels and in finally blocks
def level3():
    try:
        raise KeyError("level3")
    finally:
        pass
def level2():
    try:
        level3()
    except KeyError:
        raise ValueError("level2")
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("level1")
try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append("%s:%s" % (type(cur).__name__, cur))
        cur = cur.__context__
    print(" <- ".join(chain))

# an exception raised in finally gets the in-flight one as context
try:
    try:
        raise OSError("in try")
    finally:
        raise LookupError("in finally")
except LookupError as e:
    show(e)

# re-raising the same exception does not make it its own context
try:
    try:
        raise ValueError("same")
    except ValueError as inner:
        raise inner
except ValueError as e:
    show(e)

# __traceback__ and with_traceback
def fail():
    raise ArithmeticError("tb")
try:
    fail()
except ArithmeticError as e:
    tb = e.__traceback__
    depth = 0
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        depth += 1
        tb = tb.tb_next
    print(depth, names, type(e.__traceback__).__name__)
    saved = e.__traceback__
fresh = ArithmeticError("fresh")
print(fresh.with_traceback(saved) is fresh, fresh.__traceback__ is saved)
print(fresh.with_traceback(None).__traceback__)
try:
    fresh.with_traceback(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    fresh.__traceback__ = "x"
except TypeError as err:
    print(type(err).__name__, err)

# the exception variable is cleared after the except block
try:
    raise ValueError("scoped")
except ValueError as scoped:
    pass
try:
    scoped
except NameError as err:
    print(type(err).__name__, err)
