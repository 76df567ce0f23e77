# An exception raised inside an except block chains to the one being handled.
try:
    try:
        [][0]
    except IndexError:
        {}["k"]
except KeyError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__context__.__context__)

def cleanup_fails():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    cleanup_fails()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))

try:
    try:
        raise ValueError("v")
    except ValueError as ve:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        print("still handling", repr(ve))
        raise
except ValueError as e:
    print("re-raised", repr(e), e.__context__)
