# sys.tracebacklimit keeps the innermost frames of every traceback in the report,
# including chained exceptions and the members of an exception group.
import sys


def level3(n):
    if n == 0:
        return 1 / n
    return level3(n - 1)


def level2():
    try:
        level3(3)
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e


def level1():
    try:
        level2()
    except ValueError as e:
        second = None
        try:
            level3(2)
        except ZeroDivisionError as z:
            second = z
        raise ExceptionGroup("many", [e, second])


print("limit", getattr(sys, "tracebacklimit", "unset"))
sys.tracebacklimit = 2
print("limit", sys.tracebacklimit)
level1()
