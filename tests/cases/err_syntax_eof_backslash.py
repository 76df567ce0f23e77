# A backslash continuation with nothing after it at the end of the file.
x = 1 + \
