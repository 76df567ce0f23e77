# Notes added with add_note and appended to __notes__ directly are printed after the
# exception line, a non-str note as its str().
def check(value):
    if value < 0:
        err = ValueError(f"negative: {value}")
        err.add_note("values must be >= 0")
        err.__notes__.append(42)
        raise err
    return value
print(check(3))
try:
    check(-1)
except ValueError as e:
    print("caught", e, e.__notes__)
    e.add_note("re-raised")
    raise
