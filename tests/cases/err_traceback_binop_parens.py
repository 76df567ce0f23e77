# The operator of a failing binary operation is marked with `^` even when the left
# operand ends in closing parentheses; a parenthesis right after the operator is marked
# with it.

def sub(a, b):
    try:
        return ((a)) - ((b))
    except TypeError:
        return a+(b)


sub(1, "a")
