# Unbounded recursion ends in RecursionError with a compressed traceback.
def down(n):
    return down(n + 1)

print("recursing")
down(0)
