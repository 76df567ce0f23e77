# How except clauses match: order, tuples, subclasses, dynamic class expressions, non-class
# errors, bare except catching BaseException, and re-raising from nested handlers.
class AppError(Exception):
    pass
class NetError(AppError):
    pass
class Timeout(NetError):
    pass

def classify(exc):
    try:
        raise exc
    except Timeout:
        return "Timeout handler"
    except (KeyError, NetError) as e:
        return "tuple handler for " + type(e).__name__
    except AppError:
        return "AppError handler"
    except LookupError as e:
        return "LookupError handler for " + type(e).__name__
    except Exception as e:
        return "generic handler for " + type(e).__name__

for exc in (Timeout(), NetError(), AppError(), KeyError("k"), IndexError(), ValueError(), Timeout):
    print(classify(exc))

# the class expression is evaluated only when reached, and can be any expression
def pick(name):
    print("  evaluating handler expression for", name)
    return {"value": ValueError, "type": TypeError}[name]
try:
    raise TypeError("t")
except pick("value"):
    print("wrong")
except pick("type") as e:
    print("matched dynamically:", e)

handlers = (ZeroDivisionError, OverflowError)
try:
    1 / 0
except handlers as e:
    print("tuple from a variable:", type(e).__name__)
try:
    2.0 ** 5000
except (ArithmeticError,) as e:
    print("nested base via one-tuple:", type(e).__name__)

# matching against something that is not an exception class is a TypeError, but only when
# an exception actually reaches that clause
try:
    try:
        raise ValueError("real")
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
try:
    try:
        raise ValueError("real")
    except (ValueError, 5):
        print("first match wins before checking 5")
except TypeError as e:
    print("unexpected", e)
try:
    try:
        raise KeyError("k")
    except (ValueError, int):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    pass
except "never evaluated":
    pass
print("no exception, handler expression never checked")

# bare except catches BaseException subclasses too
for exc in (SystemExit(3), KeyboardInterrupt(), GeneratorExit(), StopIteration()):
    try:
        raise exc
    except Exception:
        print("Exception caught", type(exc).__name__)
    except:
        print("bare except caught", type(exc).__name__)

# handlers run in order; an exception raised inside a handler is not caught by siblings
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("from handler")
    except KeyError:
        print("sibling handler never runs")
except KeyError as e:
    print("outer caught", repr(e), "context", repr(e.__context__))

# bare raise inside nested handlers re-raises the innermost handled exception
def nested():
    try:
        raise ValueError("outer problem")
    except ValueError:
        try:
            raise TypeError("inner problem")
        except TypeError:
            pass
        raise
try:
    nested()
except Exception as e:
    print("re-raised:", type(e).__name__, e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# exception instances vs classes; raising non-exceptions
for thing in (ValueError, ValueError("inst"), 42, object, None):
    try:
        raise thing
    except ValueError as e:
        print("ValueError", repr(e))
    except TypeError as e:
        print("TypeError", e)

class NoInit(Exception):
    def __init__(self):
        super().__init__("built without args")
try:
    raise NoInit
except NoInit as e:
    print(repr(e), e.args)
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
try:
    raise NeedsArgs
except TypeError as e:
    print(type(e).__name__, e)
