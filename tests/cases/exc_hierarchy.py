# The builtin exception hierarchy.
def catch(exc, base):
    try:
        raise exc
    except base as e:
        return f"{type(e).__name__} caught by {base.__name__}"
    except BaseException as e:
        return f"{type(e).__name__} NOT caught by {base.__name__}"

print(catch(KeyError("k"), LookupError))
print(catch(IndexError("i"), LookupError))
print(catch(ZeroDivisionError(), ArithmeticError))
print(catch(OverflowError(), ArithmeticError))
print(catch(ValueError(), ArithmeticError))
print(catch(UnicodeDecodeError("utf-8", b"x", 0, 1, "bad"), ValueError))
print(catch(FileNotFoundError(), OSError))
print(catch(ModuleNotFoundError(), ImportError))
print(catch(RecursionError(), RuntimeError))
print(catch(NotImplementedError(), RuntimeError))
print(catch(UnboundLocalError(), NameError))
print(catch(KeyboardInterrupt(), Exception))
print(catch(SystemExit(), Exception))
print(catch(StopIteration(), Exception))
print(catch(IndentationError(), SyntaxError))
print(catch(TabError(), IndentationError))
for cls in (KeyError, ZeroDivisionError, StopIteration, KeyboardInterrupt, GeneratorExit, TabError, FileNotFoundError, BaseException):
    print(cls.__name__, [b.__name__ for b in cls.__mro__])
print(issubclass(bool, int), issubclass(KeyError, Exception), issubclass(Exception, BaseException))
print(IOError is OSError, EnvironmentError is OSError)
