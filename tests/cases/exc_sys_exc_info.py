# sys.exc_info() inside and outside handlers; exception variable is cleared.
import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError as e:
    print(sys.exc_info()[1] is e)
    try:
        raise IndexError("i")
    except IndexError:
        print(type(sys.exc_info()[1]).__name__)
    print(type(sys.exc_info()[1]).__name__)
e = "before"
try:
    raise OSError("x")
except OSError as e:
    pass
print("e" in dir())
