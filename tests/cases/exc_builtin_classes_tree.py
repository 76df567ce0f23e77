# The builtin exception hierarchy: every class's bases, plus str/repr of instances with
# zero, one and several arguments.
names = [
    "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
    "StopAsyncIteration", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
    "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError",
    "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
    "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
    "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
    "TimeoutError", "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError", "SyntaxError",
    "IndentationError", "TabError", "SystemError", "TypeError", "ValueError", "UnicodeError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "Warning", "DeprecationWarning",
    "PendingDeprecationWarning", "RuntimeWarning", "SyntaxWarning", "UserWarning", "FutureWarning",
    "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning",
]
import builtins
for name in names:
    cls = getattr(builtins, name)
    chain = [c.__name__ for c in cls.__mro__[1:]]
    print("%-26s %s" % (name, " > ".join(chain)))

print(IOError is OSError, EnvironmentError is OSError, issubclass(KeyError, LookupError), issubclass(SystemExit, Exception))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(RecursionError, RuntimeError))

simple = ["Exception", "ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError", "NotImplementedError",
          "AssertionError", "ZeroDivisionError", "LookupError", "ArithmeticError", "NameError", "AttributeError",
          "StopIteration", "SystemExit", "KeyboardInterrupt", "Warning", "UserWarning", "RecursionError", "EOFError",
          "MemoryError", "OverflowError", "BufferError", "ReferenceError", "GeneratorExit", "UnboundLocalError"]
for name in simple:
    cls = getattr(builtins, name)
    row = []
    for args in ((), ("msg",), ("a", 2), (None,), ("",), ((1, 2),)):
        e = cls(*args)
        row.append("%s|%r|%r" % (e, e, e.args))
    print(name, " ;; ".join(row))

# OSError maps errno to subclasses and formats [Errno n]
for args in ((2, "No such file"), (13, "denied"), (17, "exists"), (999, "unknown"), ("just text",), (2, "x", "f.txt")):
    e = OSError(*args)
    print(type(e).__name__, "|", e, "|", repr(e.args), e.errno, e.strerror)
print(str(FileNotFoundError(2, "No such file or directory", "a.txt")), FileNotFoundError().errno)

# KeyError str uses repr of the single argument
print(str(KeyError("k")), str(KeyError(1)), str(KeyError()), str(KeyError("a", "b")), repr(KeyError("")))
print(str(StopIteration(5)), StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
