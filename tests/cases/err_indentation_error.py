# An IndentationError: expected an indented block.
print("never")
def f():
return 1
