# raise ... from ... sets __cause__; implicit chaining sets __context__.
try:
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("bad config") from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), v.__suppress_context__)
    print(type(v.__context__).__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("while handling")
except TypeError as t:
    print(repr(t.__context__), t.__cause__, t.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("no context") from None
except TypeError as t:
    print(t.__cause__, t.__suppress_context__, type(t.__context__).__name__)

e = RuntimeError("x")
print(e.__cause__, e.__context__, e.__traceback__)
try:
    raise RuntimeError("with cause") from OSError("io")
except RuntimeError as r:
    print(repr(r.__cause__))
