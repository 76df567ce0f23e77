# Bare raise re-raises the current exception; raise inside handlers.
def inner():
    raise ValueError("original")

def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it, re-raising")
        raise

try:
    middle()
except ValueError as e:
    print("outer got", e)

def transform():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("wrapped: " + str(e))
try:
    transform()
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def reraise_later():
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
    raise saved
try:
    reraise_later()
except KeyError as e:
    print("saved and raised again:", repr(e))
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
