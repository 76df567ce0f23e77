def name():
    return __name__


def twice(s):
    return s + s
