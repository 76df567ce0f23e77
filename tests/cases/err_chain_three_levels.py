# Three chained exceptions mixing explicit cause and implicit context.
def a():
    raise ValueError("level a")

def b():
    try:
        a()
    except ValueError as e:
        raise TypeError("level b") from e

def c():
    try:
        b()
    except TypeError:
        raise RuntimeError("level c")

c()
