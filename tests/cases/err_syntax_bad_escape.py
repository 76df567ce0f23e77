# A bad \x escape in a str literal: the whole file is rejected with CPython's
# (unicode error) message, pointing after the literal.
print("never printed")
label = "tab\there" + "\x4" + "end"
print(label)
