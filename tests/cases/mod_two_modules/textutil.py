def shout(s):
    return s.upper() + "!"


def report(values):
    from mathutil import square
    return ", ".join(str(square(v)) for v in values)
