# An uncaught exception group: boxed sub-exceptions with their own tracebacks, chained
# exceptions and notes inside the boxes, nested groups.
def leaf(n):
    raise ValueError(n)


def collect():
    errors = []
    for n in range(2):
        try:
            leaf(n)
        except ValueError as e:
            e.add_note(f"while handling item {n}")
            errors.append(e)
    try:
        {}["missing"]
    except KeyError as k:
        try:
            raise TypeError("bad type") from k
        except TypeError as t:
            errors.append(t)
    errors.append(ExceptionGroup("inner", [OSError("no tb"), ArithmeticError()]))
    return errors


print("collecting")
group = ExceptionGroup("many problems", collect())
group.add_note("group note\nsecond line")
try:
    raise RuntimeError("earlier")
except RuntimeError:
    raise group
