# Python 3.11 exception notes with add_note (caught, so no traceback).
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("of config.ini")
    print(e.__notes__)
    print(str(e), repr(e))
e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
