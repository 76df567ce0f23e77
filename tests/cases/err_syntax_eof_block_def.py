# A function header with nothing after it at the end of the file: CPython reports the
# missing block at the end of input, with no caret when it reads the script from its file.
print("not reached")


def f():
